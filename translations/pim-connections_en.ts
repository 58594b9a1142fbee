<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BusinessErrorFilterModel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessErrorsModel</name>
    <message numerus="yes">
        <source>%Ln business error(s)</source>
        <extracomment>The count of a source in &quot;Business errors per data source&quot;, as the PIM says it.</extracomment>
        <translation>
            <numerusform>%Ln business error</numerusform>
            <numerusform>%Ln business errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartReason</name>
    <message numerus="yes">
        <source>The connector of %1 calls the API with another user&apos;s username (%2): those calls are not counted. Make it use the connection&apos;s own username.</source>
        <translation>
            <numerusform>The connector of %1 calls the API with another user&apos;s username (%2): those calls are not counted. Make it use the connection&apos;s own username.</numerusform>
            <numerusform>The connectors of %1 call the API with another user&apos;s username (%2): those calls are not counted. Make them use their connection&apos;s own username.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionFilterProxyModel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message numerus="yes">
        <source>%n App(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message numerus="yes">
        <source>%1 copied to the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 copied to the clipboard. It will be cleared in %n second.</numerusform>
            <numerusform>%1 copied to the clipboard. It will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringHelper</name>
    <message numerus="yes">
        <source>You have %n error(s)</source>
        <translation>
            <numerusform>You have %n error</numerusform>
            <numerusform>You have %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogsView</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewHeader</name>
    <message numerus="yes">
        <source>You have %n connection(s).</source>
        <translation>
            <numerusform>You have %n connection.</numerusform>
            <numerusform>You have %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected App(s)</source>
        <translation>
            <numerusform>%n connected App</numerusform>
            <numerusform>%n connected Apps</numerusform>
        </translation>
    </message>
</context>
</TS>
