<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The PIM cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>Der PIM ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The PIM did not answer in time. Try again in a moment.</source>
        <translation>Der PIM hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PIM&apos;s certificate is not trusted, so the connection was stopped. Check the address, or ask your administrator about the certificate.</source>
        <translation>Dem Zertifikat des PIM wird nicht vertraut, daher wurde die Verbindung abgebrochen. Prüfen Sie die Adresse oder fragen Sie Ihren Administrator nach dem Zertifikat.</translation>
    </message>
    <message>
        <source>You are signed out of the PIM. Sign in again.</source>
        <translation>Sie sind vom PIM abgemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your PIM user is not allowed to do this: it needs the permission &quot;Manage connections settings&quot;.</source>
        <translation>Ihr PIM-Benutzer darf das nicht: Er benötigt die Berechtigung „Verbindungseinstellungen verwalten“.</translation>
    </message>
    <message>
        <source>This connection no longer exists on the PIM. Refresh the list.</source>
        <translation>Diese Verbindung gibt es auf dem PIM nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The PIM refused the request.</source>
        <translation>Der PIM hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The PIM had a problem (HTTP %1). Try again later; if it goes on, ask the PIM&apos;s administrator.</source>
        <translation>Beim PIM ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut; wenn es anhält, wenden Sie sich an den Administrator des PIM.</translation>
    </message>
    <message>
        <source>The PIM&apos;s answer was not understood. Is the address that of an Akeneo PIM?</source>
        <translation>Die Antwort des PIM wurde nicht verstanden. Ist das die Adresse eines Akeneo PIM?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The PIM refused the username or password. Check them and sign in again.</source>
        <translation>Der PIM hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This needs the PIM, which cannot be used now. Try again once the PIM is back online.</source>
        <translation>Dafür wird der PIM benötigt, der gerade nicht verfügbar ist. Versuchen Sie es erneut, sobald der PIM wieder online ist.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and your network connection, then try again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the connection was stopped. Check the address, or ask your administrator about the certificate.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, daher wurde die Verbindung abgebrochen. Prüfen Sie die Adresse oder fragen Sie Ihren Administrator nach dem Zertifikat.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>This is not available on this PIM, or not for your PIM user. Ask the PIM&apos;s administrator.</source>
        <translation>Dies ist auf diesem PIM oder für Ihren PIM-Benutzer nicht verfügbar. Wenden Sie sich an den Administrator des PIM.</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2 s: it was still sending. Try again in a moment.</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 s beendet: Sie kam noch an. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PIM did not finish its answer within %1 s: it was still sending. Try again in a moment.</source>
        <translation>Das PIM hat seine Antwort nicht innerhalb von %1 s beendet: Sie kam noch an. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try again in a moment.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Manage the connections of an Akeneo PIM (System › Connections) from the desktop.</source>
        <translation>Die Verbindungen eines Akeneo PIM (System › Verbindungen) vom Desktop aus verwalten.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>The username to sign in with (needs --server).</source>
        <translation>Der Benutzername für die Anmeldung (braucht --server).</translation>
    </message>
    <message>
        <source>Never call the PIM: show the connections saved on this computer, read-only.</source>
        <translation>Den PIM nie aufrufen: die auf diesem Computer gespeicherten Verbindungen zeigen, schreibgeschützt.</translation>
    </message>
    <message>
        <source>
Environment:
  PIM_PASSWORD  The password for --user: sign in at once, without the dialog.
</source>
        <translation>
Umgebung:
  PIM_PASSWORD  Das Passwort für --user: sofortige Anmeldung, ohne den Dialog.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--user needs a username</source>
        <translation>--user braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>--user needs --server: which PIM is it for?</source>
        <translation>--user braucht --server: Für welchen PIM?</translation>
    </message>
    <message>
        <source>The PIM&apos;s address (https:// is assumed when no scheme is given; http:// only for a PIM on this computer). It is added to the known PIMs when new, and opened.</source>
        <translation>Die Adresse des PIM (ohne Schema wird https:// angenommen; http:// nur für einen PIM auf diesem Computer). Sie wird den bekannten PIMs hinzugefügt, falls sie neu ist, und geöffnet.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Developed by %1</source>
        <translation>Entwickelt von %1</translation>
    </message>
    <message>
        <source>%1, connected App</source>
        <translation>%1, verbundene App</translation>
    </message>
</context>
<context>
    <name>AppLogoDownload</name>
    <message>
        <source>The App&apos;s logo address &quot;%1&quot; is not a web address.</source>
        <translation>Die Logo-Adresse der App „%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The App&apos;s logo could not be downloaded from %1 (HTTP %2).</source>
        <translation>Das Logo der App konnte nicht von %1 geladen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>The App&apos;s logo at %1 is larger than %2, so it is not shown.</source>
        <translation>Das Logo der App unter %1 ist größer als %2 und wird daher nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Error monitoring</source>
        <translation>Fehlerüberwachung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This App is not connected to the PIM any more.</source>
        <translation>Diese App ist nicht mehr mit dem PIM verbunden.</translation>
    </message>
    <message>
        <source>Connected Apps</source>
        <translation>Verbundene Apps</translation>
    </message>
    <message>
        <source>New access authorization required.</source>
        <translation>Neue Zugriffsberechtigung erforderlich.</translation>
    </message>
    <message>
        <source>Open the App from the PIM&apos;s App Store to grant it.</source>
        <translation>Öffnen Sie die App aus dem App Store des PIM, um sie zu erteilen.</translation>
    </message>
    <message>
        <source>App not connected. Opening the App should fix the connection issues.</source>
        <translation>App nicht verbunden. Das Öffnen der App sollte die Verbindungsprobleme beheben.</translation>
    </message>
    <message>
        <source>App settings successfully updated.</source>
        <translation>App-Einstellungen erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Angezeigt wird, was auf diesem Computer gespeichert ist: Für Änderungen wird der PIM benötigt.</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Die Einstellungen werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>AppSettingsForm</name>
    <message>
        <source>&amp;Track in Data flows dashboard</source>
        <translation>Im Datenfluss-Dashboard &amp;verfolgen</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flusstyp</translation>
    </message>
    <message>
        <source>Track in Data flows dashboard</source>
        <translation>Im Datenfluss-Dashboard verfolgen</translation>
    </message>
    <message>
        <source>You can only track “Source” and “Destination” connections.</source>
        <translation>Nur „Quelle“- und „Ziel“-Verbindungen können verfolgt werden.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Authorised access</source>
        <translation>Erlaubte Zugriffe</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>&amp;Flusstyp</translation>
    </message>
    <message>
        <source>Not given by the PIM</source>
        <translation>Vom PIM nicht angegeben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not available for the flow type Other: its data flows are not monitored.</source>
        <translation>Für den Flusstyp Sonstige nicht verfügbar: Seine Datenflüsse werden nicht überwacht.</translation>
    </message>
</context>
<context>
    <name>AuditCounts</name>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a day (YYYY-MM-DD)</source>
        <translation>„%1“ in „%2“ ist kein Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;daily&quot; is missing</source>
        <translation>„daily“ fehlt</translation>
    </message>
    <message>
        <source>&quot;current_week&quot; is missing</source>
        <translation>„current_week“ fehlt</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>BusinessError</name>
    <message>
        <source>an error is not a JSON object</source>
        <translation>ein Fehler ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;content&quot; is missing</source>
        <translation>„content“ fehlt</translation>
    </message>
    <message>
        <source>the list of errors is not a JSON array</source>
        <translation>die Liste der Fehler ist kein JSON-Array</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
</context>
<context>
    <name>BusinessErrorCsv</name>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>BusinessErrorFilterModel</name>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessErrorTableModel</name>
    <message>
        <source>Day and time</source>
        <translation>Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>Business error message</source>
        <translation>Geschäftsfehlermeldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Product name: %1 with the ID %2</source>
        <translation>Produktname: %1 mit der ID %2</translation>
    </message>
    <message>
        <source>Product name: %1</source>
        <translation>Produktname: %1</translation>
    </message>
    <message>
        <source>Product with the ID %1</source>
        <translation>Produkt mit der ID %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familie: %1</translation>
    </message>
    <message>
        <source>Locale: %1</source>
        <translation>Gebietsschema: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
</context>
<context>
    <name>BusinessErrorTableView</name>
    <message>
        <source>Business errors</source>
        <translation>Geschäftsfehler</translation>
    </message>
</context>
<context>
    <name>BusinessErrorsModel</name>
    <message numerus="yes">
        <source>%Ln business error(s)</source>
        <extracomment>The count of a source in &quot;Business errors per data source&quot;, as the PIM says it.</extracomment>
        <translation>
            <numerusform>%Ln Geschäftsfehler</numerusform>
            <numerusform>%Ln Geschäftsfehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business errors</source>
        <translation>%1 Geschäftsfehler</translation>
    </message>
    <message>
        <source>Open the error monitoring of “%1”</source>
        <translation>Fehlerüberwachung von „%1“ öffnen</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Business errors</source>
        <translation>Geschäftsfehler</translation>
    </message>
</context>
<context>
    <name>BusinessErrorsPanel</name>
    <message>
        <source>Business errors per data source</source>
        <translation>Geschäftsfehler pro Datenquelle</translation>
    </message>
    <message>
        <source>Over the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Activate a data source to open its error monitoring.</source>
        <translation>Aktivieren Sie eine Datenquelle, um ihre Fehlerüberwachung zu öffnen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>BusyStrip</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>abgeschnittene Datei</translation>
    </message>
    <message>
        <source>The offline copy of your connections cannot be created, because the folder %1 cannot be created. The app works without it until it is restarted; check the permissions of that folder.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen kann nicht angelegt werden, weil der Ordner %1 nicht angelegt werden kann. Die App arbeitet bis zum nächsten Start ohne sie; prüfen Sie die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) cannot be opened: %2. The app works without it until it is restarted.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) kann nicht geöffnet werden: %2. Die App arbeitet bis zum nächsten Start ohne sie.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is unusable and cannot be set aside: %2. The app works without it until it is restarted; move or delete that file.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) ist unbrauchbar und kann nicht beiseitegelegt werden: %2. Die App arbeitet bis zum nächsten Start ohne sie; verschieben oder löschen Sie diese Datei.</translation>
    </message>
    <message>
        <source>A new offline copy cannot be created either (%1): the app works without it until it is restarted.</source>
        <translation>Auch eine neue Offline-Kopie kann nicht angelegt werden (%1): Die App arbeitet bis zum nächsten Start ohne sie.</translation>
    </message>
    <message>
        <source>not a cache of this app</source>
        <translation>kein Cache dieser App</translation>
    </message>
    <message>
        <source>schema version %1, this app knows up to %2</source>
        <translation>Schemaversion %1, diese App kennt höchstens Version %2</translation>
    </message>
    <message>
        <source>upgrade from schema version %1 failed: %2</source>
        <translation>die Aktualisierung von Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>cannot move %1</source>
        <translation>%1 kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was damaged. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) war beschädigt. Sie wurde als %2 beiseitegelegt und eine neue, leere Kopie begonnen: Ihre Verbindungen werden erneut vom PIM geladen.</translation>
    </message>
    <message>
        <source>The file %1 is not an offline copy made by this app. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>Die Datei %1 ist keine Offline-Kopie dieser App. Sie wurde als %2 beiseitegelegt und eine neue, leere Kopie begonnen: Ihre Verbindungen werden erneut vom PIM geladen.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is locked by another program. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM. If another copy of this app is running, close it.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) ist von einem anderen Programm gesperrt. Sie wurde als %2 beiseitegelegt und eine neue, leere Kopie begonnen: Ihre Verbindungen werden erneut vom PIM geladen. Falls diese App ein zweites Mal läuft, schließen Sie sie.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was written by a newer version of this app. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) wurde von einer neueren Version dieser App geschrieben. Sie wurde als %2 beiseitegelegt und eine neue, leere Kopie begonnen: Ihre Verbindungen werden erneut vom PIM geladen.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) is in an old format that this version of the app cannot bring up to date. It was set aside as %2 and a new, empty one was started: your connections will be downloaded again from the PIM.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) hat ein altes Format, das diese Version der App nicht aktualisieren kann. Sie wurde als %2 beiseitegelegt und eine neue, leere Kopie begonnen: Ihre Verbindungen werden erneut vom PIM geladen.</translation>
    </message>
    <message>
        <source>The offline copy of your connections (%1) was set aside as %2.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen (%1) wurde als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The offline copy of your connections is not available.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>statement %1 refused by the test hook</source>
        <translation>Anweisung %1 vom Test-Hook abgelehnt</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be read: %1.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): %2.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen konnte nicht aktualisiert werden (%1): %2.</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): %2. The previous copy is kept.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen konnte nicht aktualisiert werden (%1): %2. Die vorherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>no PIM instance given</source>
        <translation>keine PIM-Instanz angegeben</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message>
        <source>a connection without code</source>
        <translation>eine Verbindung ohne Code</translation>
    </message>
    <message>
        <source>logo %1</source>
        <translation>Logo %1</translation>
    </message>
    <message>
        <source>a logo without image path</source>
        <translation>ein Logo ohne Bildpfad</translation>
    </message>
    <message>
        <source>an empty logo</source>
        <translation>ein leeres Logo</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>wrong credentials</source>
        <translation>falsch kombinierte Zugangsdaten</translation>
    </message>
    <message>
        <source>connection limit</source>
        <translation>Verbindungslimit</translation>
    </message>
    <message>
        <source>removal of %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>removal of a PIM</source>
        <translation>Entfernen eines PIM</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>errors of %1</source>
        <translation>Fehler von %1</translation>
    </message>
    <message>
        <source>connected Apps</source>
        <translation>verbundene Apps</translation>
    </message>
    <message>
        <source>settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <source>the App %1 is not in the offline copy</source>
        <translation>die App %1 ist nicht in der Offline-Kopie</translation>
    </message>
    <message>
        <source>The offline copy of your connections could not be updated (%1): the disk is full or cannot be written (%2). Free some space; the previous copy is kept.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen konnte nicht aktualisiert werden (%1): Der Datenträger ist voll oder kann nicht beschrieben werden (%2). Geben Sie Speicherplatz frei; die vorherige Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>event subscription of %1</source>
        <translation>Ereignisabonnement von %1</translation>
    </message>
    <message>
        <source>event logs of %1</source>
        <translation>Ereignisprotokolle von %1</translation>
    </message>
    <message>
        <source>logo at %1</source>
        <translation>Logo unter %1</translation>
    </message>
    <message>
        <source>a logo without address</source>
        <translation>ein Logo ohne Adresse</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Total over the last 7 days: %1</source>
        <translation>Summe der letzten 7 Tage: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: the charts module could not be loaded (%1).</source>
        <translation>Das Diagramm kann nicht gezeichnet werden: Das Diagrammmodul konnte nicht geladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>ChartReason</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 has the flow type “Other”: Data flows never counts such connections.</source>
        <translation>%1 hat den Flusstyp „Sonstige“: Solche Verbindungen werden in den Datenflüssen nie gezählt.</translation>
    </message>
    <message>
        <source>Tracking is off for %1: its products are not counted. Turn on “Track in Data flows dashboard” in %2.</source>
        <translation>Die Verfolgung ist für %1 ausgeschaltet: Ihre Produkte werden nicht gezählt. Schalten Sie „Im Datenfluss-Dashboard verfolgen“ in %2 ein.</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>ihren Einstellungen</translation>
    </message>
    <message>
        <source>None of your source connections is tracked. Turn on “Track in Data flows dashboard” in a connection&apos;s settings to see its charts here.</source>
        <translation>Keine Ihrer Quellverbindungen wird verfolgt. Schalten Sie „Im Datenfluss-Dashboard verfolgen“ in den Einstellungen einer Verbindung ein, um ihre Diagramme hier zu sehen.</translation>
    </message>
    <message>
        <source>None of your destination connections is tracked. Turn on “Track in Data flows dashboard” in a connection&apos;s settings to see its charts here.</source>
        <translation>Keine Ihrer Zielverbindungen wird verfolgt. Schalten Sie „Im Datenfluss-Dashboard verfolgen“ in den Einstellungen einer Verbindung ein, um ihre Diagramme hier zu sehen.</translation>
    </message>
    <message>
        <source>Connections with the flow type “Other” are never counted. Give a connection the flow type “Data source” to see it here.</source>
        <translation>Verbindungen mit dem Flusstyp „Sonstige“ werden nie gezählt. Geben Sie einer Verbindung den Flusstyp „Datenquelle“, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Connections with the flow type “Other” are never counted. Give a connection the flow type “Data destination” to see it here.</source>
        <translation>Verbindungen mit dem Flusstyp „Sonstige“ werden nie gezählt. Geben Sie einer Verbindung den Flusstyp „Datenziel“, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Want to see some fancy charts about your source connections?</source>
        <translation>Möchten Sie schicke Diagramme zu Ihren Quellverbindungen sehen?</translation>
    </message>
    <message>
        <source>Want to see some fancy charts about your destination connections?</source>
        <translation>Möchten Sie schicke Diagramme zu Ihren Zielverbindungen sehen?</translation>
    </message>
    <message>
        <source>Create and start tracking your first one %1</source>
        <translation>Erstellen und verfolgen Sie Ihre erste Verbindung %1</translation>
    </message>
    <message>
        <source>here.</source>
        <translation>hier.</translation>
    </message>
    <message numerus="yes">
        <source>The connector of %1 calls the API with another user&apos;s username (%2): those calls are not counted. Make it use the connection&apos;s own username.</source>
        <translation>
            <numerusform>Der Connector von %1 ruft die API mit dem Benutzernamen eines anderen Benutzers auf (%2): Diese Aufrufe werden nicht gezählt. Lassen Sie ihn den eigenen Benutzernamen der Verbindung verwenden.</numerusform>
            <numerusform>Die Connectoren von %1 rufen die API mit dem Benutzernamen eines anderen Benutzers auf (%2): Diese Aufrufe werden nicht gezählt. Lassen Sie sie den eigenen Benutzernamen ihrer Verbindung verwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>die Option --%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>die Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2</source>
        <translation>unbekannte Option --%1 für %2</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>Option --%1 zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 needs the PIM: it cannot run with --offline</source>
        <translation>%1 braucht den PIM: nicht möglich mit --offline</translation>
    </message>
    <message>
        <source>--flow-type takes source, destination or other</source>
        <translation>--flow-type nimmt source, destination oder other</translation>
    </message>
    <message>
        <source>update needs at least one of --label, --flow-type, --auditable, --image, --role, --group</source>
        <translation>update braucht mindestens eine der Optionen --label, --flow-type, --auditable, --image, --role, --group</translation>
    </message>
    <message>
        <source>test-credentials needs --password</source>
        <translation>test-credentials braucht --password</translation>
    </message>
    <message>
        <source>--%1 takes yes or no</source>
        <translation>--%1 nimmt yes oder no</translation>
    </message>
    <message>
        <source>--event-type takes product_created, product_updated or product_read</source>
        <translation>--event-type nimmt product_created, product_updated oder product_read</translation>
    </message>
    <message>
        <source>--end-date takes a date like 2020-01-07</source>
        <translation>--end-date nimmt ein Datum wie 2020-01-07</translation>
    </message>
    <message>
        <source>--level takes info, notice, warning or error, separated by commas</source>
        <translation>--level nimmt info, notice, warning oder error, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>webhook-set needs at least one of --url, --enabled, --uuid</source>
        <translation>webhook-set braucht mindestens eine der Optionen --url, --enabled, --uuid</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>list the connections</source>
        <translation>die Verbindungen auflisten</translation>
    </message>
    <message>
        <source>Lists the connections in the PIM&apos;s order (oldest first): code, label, flow type, tracking. A &quot;!&quot; marks a connection whose client ID was used with another user&apos;s username. With --offline: the app&apos;s offline copy, with the time it was taken.</source>
        <translation>Listet die Verbindungen in der Reihenfolge des PIM auf (älteste zuerst): Code, Bezeichnung, Flusstyp, Verfolgung. Ein „!“ markiert eine Verbindung, deren Client-ID mit dem Benutzernamen eines anderen Benutzers verwendet wurde. Mit --offline: die Offline-Kopie der App, mit dem Zeitpunkt, zu dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>show a connection with its credentials (secret included)</source>
        <translation>eine Verbindung mit ihren Zugangsdaten zeigen (inkl. Secret)</translation>
    </message>
    <message>
        <source>Shows a connection: label, flow type, tracking, image, role and group, and its credentials: client ID, secret, username. The password is never shown again after creation: regenerate it if it was lost. With --offline: the offline copy, and the secret kept in the keychain.</source>
        <translation>Zeigt eine Verbindung: Bezeichnung, Flusstyp, Verfolgung, Bild, Rolle und Gruppe, sowie ihre Zugangsdaten: Client-ID, Secret, Benutzername. Das Passwort wird nach dem Anlegen nie wieder gezeigt: Generieren Sie es neu, wenn es verloren ist. Mit --offline: die Offline-Kopie und das im Schlüsselbund gespeicherte Secret.</translation>
    </message>
    <message>
        <source>create a connection and print its credentials</source>
        <translation>eine Verbindung anlegen und ihre Zugangsdaten ausgeben</translation>
    </message>
    <message>
        <source>Creates a connection. Without --code, the code is made from the label as the PIM&apos;s form does (&quot;Magento 2 - Prod&quot; gives magento2_prod). The flow type is source unless given. Prints the credentials, including the one-time password: save it, it is not shown twice.</source>
        <translation>Legt eine Verbindung an. Ohne --code wird der Code wie im Formular des PIM aus der Bezeichnung gebildet („Magento 2 - Prod“ ergibt magento2_prod). Der Flusstyp ist source, wenn nichts anderes angegeben ist. Gibt die Zugangsdaten aus, auch das nur einmal gezeigte Passwort: Speichern Sie es, es wird kein zweites Mal gezeigt.</translation>
    </message>
    <message>
        <source>change a connection&apos;s label, flow type, tracking, image or permissions</source>
        <translation>Bezeichnung, Flusstyp, Verfolgung, Bild oder Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Reads the connection, applies the changes given and saves it; what is not given stays as it is. --auditable is &quot;Track in Data flows dashboard&quot; (always no for flow type other). --image uploads a picture file (jpg, jpeg, gif, png, wbmp, xbm, webp, bmp) first. --role and --group take the ids the PIM uses; --group none removes it.</source>
        <translation>Liest die Verbindung, übernimmt die angegebenen Änderungen und speichert sie; was nicht angegeben ist, bleibt unverändert. --auditable entspricht „Im Datenfluss-Dashboard verfolgen“ (bei Flusstyp other immer no). --image lädt zuerst eine Bilddatei hoch (jpg, jpeg, gif, png, wbmp, xbm, webp, bmp). --role und --group nehmen die IDs, die der PIM verwendet; --group none entfernt die Gruppe.</translation>
    </message>
    <message>
        <source>give a connection a new secret, and print it</source>
        <translation>einer Verbindung ein neues Secret geben und es ausgeben</translation>
    </message>
    <message>
        <source>Regenerates the connection secret; the client ID stays. Connectors that use the old secret get 401 errors until they use the new one. Asks for confirmation unless --yes is given.</source>
        <translation>Generiert das Secret der Verbindung neu; die Client-ID bleibt. Konnektoren, die das alte Secret verwenden, erhalten 401-Fehler, bis sie das neue verwenden. Fragt nach einer Bestätigung, außer mit --yes.</translation>
    </message>
    <message>
        <source>give a connection a new password, and print it</source>
        <translation>einer Verbindung ein neues Passwort geben und es ausgeben</translation>
    </message>
    <message>
        <source>Regenerates the password of the connection&apos;s user. Connectors that use the old password get 401 errors until they use the new one. Asks for confirmation unless --yes is given.</source>
        <translation>Generiert das Passwort des Benutzers der Verbindung neu. Konnektoren, die das alte Passwort verwenden, erhalten 401-Fehler, bis sie das neue verwenden. Fragt nach einer Bestätigung, außer mit --yes.</translation>
    </message>
    <message>
        <source>delete a connection</source>
        <translation>eine Verbindung löschen</translation>
    </message>
    <message>
        <source>Deletes the connection, its user and its API client. Connectors that use it get 401 errors. Asks for confirmation unless --yes is given.</source>
        <translation>Löscht die Verbindung, ihren Benutzer und ihren API-Client. Konnektoren, die sie verwenden, erhalten 401-Fehler. Fragt nach einer Bestätigung, außer mit --yes.</translation>
    </message>
    <message>
        <source>check that a connection&apos;s credentials work on the PIM&apos;s API</source>
        <translation>die Zugangsdaten einer Verbindung an der API des PIM prüfen</translation>
    </message>
    <message>
        <source>Asks the PIM&apos;s API for a token with the connection&apos;s client ID, secret, username and the password given, then reads one product with it, as a connector would. Exit code 1 with the PIM&apos;s words when it refuses them.</source>
        <translation>Fordert bei der API des PIM ein Token mit Client-ID, Secret und Benutzername der Verbindung und dem angegebenen Passwort an und liest damit ein Produkt, wie es ein Konnektor tun würde. Exit-Code 1 mit der Meldung des PIM, wenn er sie ablehnt.</translation>
    </message>
    <message>
        <source>Usage: %1 [--server URL] [--user NAME] [--offline] [--json] [--yes] COMMAND [ARGUMENTS]

Manages the connections of an Akeneo PIM (System &gt; Connections) from the command line, with the PIM Connections app&apos;s list of PIMs, offline copy and keychain.

Commands:
%2
%3
The administrator&apos;s password comes from the PIM_PASSWORD environment variable, or the keychain (when the app remembers it), or else is asked for without echo (only in a terminal).

Exit codes: 0 success; 1 the PIM refused (its reasons on stderr); 2 usage (unknown command or option, missing argument, not confirmed); 3 the PIM cannot be reached or signing in failed.
</source>
        <translation>Aufruf: %1 [--server URL] [--user NAME] [--offline] [--json] [--yes] COMMAND [ARGUMENTS]

Verwaltet die Verbindungen eines Akeneo PIM (System &gt; Verbindungen) über die Befehlszeile, mit der PIM-Liste, der Offline-Kopie und dem Schlüsselbund der App PIM Connections.

Befehle:
%2
%3
Das Passwort des Administrators kommt aus der Umgebungsvariable PIM_PASSWORD oder aus dem Schlüsselbund (wenn die App es sich merkt), sonst wird es ohne Echo abgefragt (nur in einem Terminal).

Exit-Codes: 0 Erfolg; 1 der PIM hat abgelehnt (seine Gründe auf stderr); 2 Aufruf (unbekannter Befehl oder unbekannte Option, fehlendes Argument, nicht bestätigt); 3 der PIM ist nicht erreichbar oder die Anmeldung ist fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] %2

%3

%4</source>
        <translation>Aufruf: %1 [OPTIONS] %2

%3

%4</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>„%1 --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Options:
  --server URL   the PIM&apos;s address; joins the app&apos;s list of PIMs once signed in
  --user NAME    the administrator who signs in (with --server, or for the
                 current PIM); without both: the PIM the app used last
  --offline      no network: read the app&apos;s offline copy (list, show,
                 dashboard, errors, apps and app only)
  --json         print the PIM&apos;s JSON (list: the list items; show, create and
                 regenerate-secret: the connection with its credentials;
                 update: its settings; regenerate-password: the password;
                 dashboard, errors, apps, app, app-settings: the route&apos;s answer)
  --yes          do not ask for confirmation (regenerate-*, delete, delete-app)
  -h, --help     this help; &quot;COMMAND --help&quot; for a command&apos;s
  -v, --version  the version
</source>
        <translation>Optionen:
  --server URL   die Adresse des PIM; sie kommt nach der Anmeldung in die
                 PIM-Liste der App
  --user NAME    der Administrator, der sich anmeldet (mit --server oder für
                 den aktuellen PIM); ohne beide: der zuletzt von der App
                 verwendete PIM
  --offline      kein Netzwerk: die Offline-Kopie der App lesen (nur list,
                 show, dashboard, errors, apps und app)
  --json         das JSON des PIM ausgeben (list: die Listeneinträge; show,
                 create und regenerate-secret: die Verbindung mit ihren
                 Zugangsdaten; update: ihre Einstellungen; regenerate-password:
                 das Passwort; dashboard, errors, apps, app, app-settings: die
                 Antwort der Route)
  --yes          nicht um Bestätigung bitten (regenerate-*, delete, delete-app)
  -h, --help     diese Hilfe; „COMMAND --help“ für die Hilfe eines Befehls
  -v, --version  die Version
</translation>
    </message>
    <message>
        <source>show the Data flows dashboard: 8 days of counts per connection</source>
        <translation>das Data-flows-Dashboard zeigen: 8 Tage Zählungen je Verbindung</translation>
    </message>
    <message>
        <source>Shows the Data flows dashboard for the 8 days ending with --end-date (default: the PIM&apos;s today, in the PIM user&apos;s time zone): the products created (or updated, or read: --event-type) per day and per tracked connection, &quot;&lt;all&gt;&quot; first, with the total of the last 7 days (the first day is the day before the week); then the errors per day of the data sources and their business errors over the 7 days. --json prints the PIM&apos;s answer for that event type. With --offline: the week kept in the offline copy.</source>
        <translation>Zeigt das Data-flows-Dashboard für die 8 Tage bis --end-date (Standard: das Heute des PIM, in der Zeitzone des PIM-Benutzers): die erstellten (oder aktualisierten oder gelesenen: --event-type) Produkte pro Tag und je verfolgter Verbindung, „&lt;all&gt;“ zuerst, mit der Summe der letzten 7 Tage (der erste Tag ist der Tag vor der Woche); dann die Fehler pro Tag der Datenquellen und ihre Geschäftsfehler über die 7 Tage. --json gibt die Antwort des PIM für diesen Ereignistyp aus. Mit --offline: die in der Offline-Kopie gespeicherte Woche.</translation>
    </message>
    <message>
        <source>list the business errors of a source connection</source>
        <translation>die Geschäftsfehler einer Quellverbindung auflisten</translation>
    </message>
    <message>
        <source>Lists the latest business errors (at most 100, of the last 7 days) of a source connection, newest first: date and time (this computer&apos;s time zone), message, product, family, locale and channel. --search keeps the errors whose content contains the text, ignoring case, as the PIM&apos;s screen does. --csv prints them as CSV with a header row; --json as the PIM&apos;s answer.</source>
        <translation>Listet die letzten Geschäftsfehler (höchstens 100, der letzten 7 Tage) einer Quellverbindung auf, die neuesten zuerst: Datum und Uhrzeit (Zeitzone dieses Computers), Meldung, Produkt, Familie, Gebietsschema und Kanal. --search behält die Fehler, deren Inhalt den Text enthält, ohne Beachtung der Groß-/Kleinschreibung, wie die Seite des PIM. --csv gibt sie als CSV mit einer Kopfzeile aus; --json als Antwort des PIM.</translation>
    </message>
    <message>
        <source>list the connected Apps</source>
        <translation>die verbundenen Apps auflisten</translation>
    </message>
    <message>
        <source>Lists the Apps connected to the PIM: code (their connection&apos;s), name, author and status. Exit code 1 when the PIM does not offer connected Apps, or not to this user.</source>
        <translation>Listet die mit dem PIM verbundenen Apps auf: Code (der ihrer Verbindung), Name, Autor und Status. Exit-Code 1, wenn der PIM keine verbundenen Apps anbietet oder nicht diesem Benutzer.</translation>
    </message>
    <message>
        <source>show a connected App with its monitoring settings</source>
        <translation>eine verbundene App mit ihren Überwachungseinstellungen zeigen</translation>
    </message>
    <message>
        <source>Shows a connected App: name, author, user group, username, categories, scopes, logo address, and its monitoring settings (flow type, tracking). --json prints the App as the PIM lists it.</source>
        <translation>Zeigt eine verbundene App: Name, Autor, Benutzergruppe, Benutzername, Kategorien, Berechtigungsbereiche, Logo-Adresse und ihre Überwachungseinstellungen (Flusstyp, Verfolgung). --json gibt die App aus, wie der PIM sie auflistet.</translation>
    </message>
    <message>
        <source>show or change a connected App&apos;s monitoring settings</source>
        <translation>die Überwachungseinstellungen einer verbundenen App zeigen oder ändern</translation>
    </message>
    <message>
        <source>Without options, shows the App&apos;s flow type and whether it is tracked in the Data flows dashboard. With --flow-type or --tracked, changes them (what is not given stays as it is; an App of flow type other is never tracked) and shows the result.</source>
        <translation>Ohne Optionen zeigt es den Flusstyp der App und ob sie im Data-flows-Dashboard verfolgt wird. Mit --flow-type oder --tracked ändert es sie (was nicht angegeben ist, bleibt; eine App mit Flusstyp other wird nie verfolgt) und zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>disconnect and delete a connected App</source>
        <translation>eine verbundene App trennen und löschen</translation>
    </message>
    <message>
        <source>Deletes the App, its connection and its authorizations: it can no longer call the PIM. Asks for confirmation unless --yes is given.</source>
        <translation>Löscht die App, ihre Verbindung und ihre Autorisierungen: Sie kann den PIM nicht mehr aufrufen. Fragt nach Bestätigung, außer mit --yes.</translation>
    </message>
    <message>
        <source>show a connection&apos;s event subscription (secret included)</source>
        <translation>das Ereignisabonnement einer Verbindung anzeigen (mit Secret)</translation>
    </message>
    <message>
        <source>Shows the event subscription of a connection: whether it is on, the URL the PIM sends product events to, the secret that signs them, whether events carry product UUIDs, and how many of the PIM&apos;s active subscriptions are used. --json prints the PIM&apos;s answer. With --offline: the offline copy, and the secret kept in the keychain. Exit code 1 where the PIM has no Events API.</source>
        <translation>Zeigt das Ereignisabonnement einer Verbindung: ob es aktiv ist, die URL, an die der PIM Produktereignisse sendet, das Secret, das sie signiert, ob Ereignisse Produkt-UUIDs tragen, und wie viele der aktiven Abonnements des PIM belegt sind. --json gibt die Antwort des PIM aus. Mit --offline: die Offline-Kopie und das im Schlüsselbund gespeicherte Secret. Exit-Code 1, wo der PIM keine Events-API hat.</translation>
    </message>
    <message>
        <source>change a connection&apos;s event subscription</source>
        <translation>das Ereignisabonnement einer Verbindung ändern</translation>
    </message>
    <message>
        <source>Reads the event subscription, applies the changes given and saves it; what is not given stays as it is. --url &quot;&quot; removes the URL. --uuid is &quot;Use product UUID instead of product identifier&quot; (PIM 7 and later). The PIM refuses a URL that is not http or https or that is internal, and more active subscriptions than its limit. Prints the subscription saved.</source>
        <translation>Liest das Ereignisabonnement, wendet die angegebenen Änderungen an und speichert es; was nicht angegeben ist, bleibt unverändert. --url &quot;&quot; entfernt die URL. --uuid entspricht „Produkt-UUID statt Produktkennung verwenden“ (PIM 7 und neuer). Der PIM lehnt eine URL ab, die nicht http oder https oder die intern ist, sowie mehr aktive Abonnements als sein Limit. Gibt das gespeicherte Abonnement aus.</translation>
    </message>
    <message>
        <source>have the PIM send a test request to the subscription&apos;s URL</source>
        <translation>den PIM eine Testanfrage an die URL des Abonnements senden lassen</translation>
    </message>
    <message>
        <source>Asks the PIM to send one signed request to the saved URL, as the &quot;Test&quot; button does, and prints the PIM&apos;s status line (&quot;200 OK&quot;...). Exit code 1 when the URL did not answer with success.</source>
        <translation>Bittet den PIM, eine signierte Anfrage an die gespeicherte URL zu senden, wie es die Schaltfläche „Testen“ tut, und gibt die Statuszeile des PIM aus („200 OK“...). Exit-Code 1, wenn die URL nicht mit Erfolg geantwortet hat.</translation>
    </message>
    <message>
        <source>give an event subscription a new secret, and print it</source>
        <translation>einem Ereignisabonnement ein neues Secret geben und es ausgeben</translation>
    </message>
    <message>
        <source>Regenerates the secret that signs the events sent to the URL. The receiving server must be updated with the new secret, or it refuses the events. Asks for confirmation unless --yes is given.</source>
        <translation>Erzeugt das Secret neu, das die an die URL gesendeten Ereignisse signiert. Der empfangende Server muss mit dem neuen Secret aktualisiert werden, sonst lehnt er die Ereignisse ab. Fragt nach Bestätigung, außer wenn --yes angegeben ist.</translation>
    </message>
    <message>
        <source>list the event logs of a connection, newest first</source>
        <translation>die Ereignisprotokolle einer Verbindung auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Lists the event logs of a connection&apos;s subscription, newest first: date and time (this computer&apos;s time zone), level and message; the PIM keeps the error and warning logs of the last 72 hours and the last 100 info and notice logs. --level keeps those levels, --search the logs whose message or context contains every word. Prints the first 25 unless --all is given. --json prints the PIM&apos;s answer (with --all, every page in one). With --offline: the last page kept.</source>
        <translation>Listet die Ereignisprotokolle des Abonnements einer Verbindung auf, neueste zuerst: Datum und Uhrzeit (Zeitzone dieses Computers), Stufe und Meldung; der PIM behält die Fehler- und Warnprotokolle der letzten 72 Stunden und die letzten 100 Info- und Notice-Protokolle. --level behält diese Stufen, --search die Protokolle, deren Meldung oder Kontext jedes Wort enthält. Gibt die ersten 25 aus, außer wenn --all angegeben ist. --json gibt die Antwort des PIM aus (mit --all alle Seiten in einer). Mit --offline: die zuletzt behaltene Seite.</translation>
    </message>
    <message>
        <source>save the event logs of a connection to a text file</source>
        <translation>die Ereignisprotokolle einer Verbindung in einer Textdatei speichern</translation>
    </message>
    <message>
        <source>Saves every event log of the connection, oldest first, one per line, to FILE, as the PIM&apos;s &quot;Download logs&quot; button does. The file is replaced only once the whole download has arrived.</source>
        <translation>Speichert alle Ereignisprotokolle der Verbindung, älteste zuerst, eines pro Zeile, in FILE, wie es die Schaltfläche „Protokolle herunterladen“ des PIM tut. Die Datei wird erst ersetzt, wenn der ganze Download angekommen ist.</translation>
    </message>
</context>
<context>
    <name>CliConnectionCommands</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>There is no offline copy of %1 yet: run a command online first.</source>
        <translation>Es gibt noch keine Offline-Kopie von %1: Führen Sie zuerst einen Befehl online aus.</translation>
    </message>
    <message>
        <source>There is no connection %1 in the offline copy of %2.</source>
        <translation>Es gibt keine Verbindung %1 in der Offline-Kopie von %2.</translation>
    </message>
    <message>
        <source>Save the password now: it is not shown again.</source>
        <translation>Speichern Sie das Passwort jetzt: Es wird nicht noch einmal gezeigt.</translation>
    </message>
    <message>
        <source>cannot read the image file %1</source>
        <translation>die Bilddatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A connection of flow type other is not tracked: --auditable yes is ignored.</source>
        <translation>Eine Verbindung mit Flusstyp other wird nicht verfolgt: --auditable yes wird ignoriert.</translation>
    </message>
    <message>
        <source>Regenerate the secret of %1? Connectors that use the old secret get 401 errors until they use the new one.</source>
        <translation>Das Secret von %1 neu generieren? Konnektoren, die das alte Secret verwenden, erhalten 401-Fehler, bis sie das neue verwenden.</translation>
    </message>
    <message>
        <source>Regenerate the password of %1? Connectors that use the old password get 401 errors until they use the new one.</source>
        <translation>Das Passwort von %1 neu generieren? Konnektoren, die das alte Passwort verwenden, erhalten 401-Fehler, bis sie das neue verwenden.</translation>
    </message>
    <message>
        <source>Password: %1
</source>
        <translation>Passwort: %1
</translation>
    </message>
    <message>
        <source>Delete the connection %1? Its user and API client are deleted too; connectors that use it get 401 errors.</source>
        <translation>Die Verbindung %1 löschen? Ihr Benutzer und ihr API-Client werden ebenfalls gelöscht; Konnektoren, die sie verwenden, erhalten 401-Fehler.</translation>
    </message>
    <message>
        <source>Deleted the connection %1.
</source>
        <translation>Verbindung %1 gelöscht.
</translation>
    </message>
    <message>
        <source>The credentials of %1 work: the PIM&apos;s API gave a token and answered with it.
</source>
        <translation>Die Zugangsdaten von %1 funktionieren: Die API des PIM hat ein Token ausgegeben und damit geantwortet.
</translation>
    </message>
    <message>
        <source>The credentials of %1 do not work: %2</source>
        <translation>Die Zugangsdaten von %1 funktionieren nicht: %2</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The answer that confirms; anything else cancels. Keep &quot;y&quot; working too.</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation>[j/N] </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no connection %1 on %2.</source>
        <translation>Es gibt keine Verbindung %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>CliEvents</name>
    <message>
        <source>none yet (the PIM makes one at the first save)</source>
        <translation>noch keines (der PIM erzeugt eines beim ersten Speichern)</translation>
    </message>
    <message>
        <source>not kept in the keychain</source>
        <translation>nicht im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not offered by this PIM</source>
        <translation>von diesem PIM nicht angeboten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Product UUID</source>
        <translation>Produkt-UUID</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <extracomment>%1 subscriptions enabled on the PIM, %2 its limit</extracomment>
        <translation>Aktive Abonnements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>You can connect up to %1 connections to the Event subscription feature. You have reached this limit.
</source>
        <translation>Sie können bis zu %1 Verbindungen mit der Ereignisabonnement-Funktion verbinden. Sie haben dieses Limit erreicht.
</translation>
    </message>
    <message>
        <source>Offline — the event subscription kept for %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline — das für %1 behaltene Ereignisabonnement, Stand %2</translation>
    </message>
    <message>
        <source>The event subscription of %1 has no URL to test: set one with webhook-set --url.</source>
        <translation>Das Ereignisabonnement von %1 hat keine URL zum Testen: Legen Sie eine mit webhook-set --url fest.</translation>
    </message>
    <message>
        <source>Regenerate the event subscription secret of %1? The server that receives the events must be updated with the new secret, or it refuses them.</source>
        <translation>Das Secret des Ereignisabonnements von %1 neu erzeugen? Der Server, der die Ereignisse empfängt, muss mit dem neuen Secret aktualisiert werden, sonst lehnt er sie ab.</translation>
    </message>
    <message>
        <source>Offline — the last page of event logs kept for %1 as of %2, whatever its search</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline — die letzte für %1 behaltene Seite der Ereignisprotokolle, Stand %2, unabhängig von ihrer Suche</translation>
    </message>
    <message>
        <source>There is no log for the moment.
</source>
        <translation>Es gibt derzeit kein Protokoll.
</translation>
    </message>
    <message>
        <source>Datetime</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 of %2 logs
</source>
        <extracomment>%1 logs shown, %2 logs the PIM has for this search</extracomment>
        <translation>%1 von %2 Protokollen
</translation>
    </message>
    <message>
        <source>Saved the event logs to %1.
</source>
        <translation>Ereignisprotokolle in %1 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>CliInstance</name>
    <message>
        <source>no PIM known yet: give --server URL and --user NAME (or sign in once with the app)</source>
        <translation>noch kein PIM bekannt: Geben Sie --server URL und --user NAME an (oder melden Sie sich einmal mit der App an)</translation>
    </message>
    <message>
        <source>--user needs --server: no PIM known yet</source>
        <translation>--user braucht --server: noch kein PIM bekannt</translation>
    </message>
    <message>
        <source>%1 is not in the app&apos;s list of PIMs: give --user too</source>
        <translation>%1 ist nicht in der PIM-Liste der App: Geben Sie auch --user an</translation>
    </message>
    <message>
        <source>there is no offline copy of %1 for %2: run a command online first</source>
        <translation>es gibt keine Offline-Kopie von %1 für %2: Führen Sie zuerst einen Befehl online aus</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
<context>
    <name>CliMonitoring</name>
    <message>
        <source>Offline — the Data flows of %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline — die Data flows von %1, Stand %2</translation>
    </message>
    <message>
        <source>Offline — the errors kept for %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline — die für %1 gespeicherten Fehler, Stand %2</translation>
    </message>
    <message>
        <source>Offline — the connected Apps of %1 as of %2</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline — die verbundenen Apps von %1, Stand %2</translation>
    </message>
    <message>
        <source>There is no connected App %1 on %2.</source>
        <translation>Auf %2 gibt es keine verbundene App %1.</translation>
    </message>
    <message>
        <source>not in the offline copy</source>
        <translation>nicht in der Offline-Kopie</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>An App of flow type other is not tracked: --tracked yes is ignored.</source>
        <translation>Eine App mit Flusstyp other wird nicht verfolgt: --tracked yes wird ignoriert.</translation>
    </message>
    <message>
        <source>Delete the App %1? Its connection and authorizations are deleted too: it can no longer call the PIM.</source>
        <translation>Die App %1 löschen? Ihre Verbindung und Autorisierungen werden ebenfalls gelöscht: Sie kann den PIM nicht mehr aufrufen.</translation>
    </message>
    <message>
        <source>Deleted the App %1.
</source>
        <translation>Die App %1 wurde gelöscht.
</translation>
    </message>
</context>
<context>
    <name>CliMonitoringOutput</name>
    <message>
        <source>Products created</source>
        <translation>Erstellte Produkte</translation>
    </message>
    <message>
        <source>Products updated</source>
        <translation>Aktualisierte Produkte</translation>
    </message>
    <message>
        <source>Products sent</source>
        <translation>Gesendete Produkte</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>%1 per day, %2 to %3
(the first day is the day before the week; TOTAL counts the last 7 days)
</source>
        <extracomment>%1 is &quot;Products created&quot;, &quot;Products updated&quot; or &quot;Products sent&quot;; %2 and %3 are days</extracomment>
        <translation>%1 pro Tag, %2 bis %3
(der erste Tag ist der Tag vor der Woche; GESAMT zählt die letzten 7 Tage)
</translation>
    </message>
    <message>
        <source>Errors per day on the data sources (business and technical errors)
</source>
        <translation>Fehler pro Tag bei den Datenquellen (Geschäfts- und technische Fehler)
</translation>
    </message>
    <message>
        <source>Business errors over the last 7 days, per data source
</source>
        <translation>Geschäftsfehler der letzten 7 Tage, je Datenquelle
</translation>
    </message>
    <message>
        <source>No data source is tracked.
</source>
        <translation>Keine Datenquelle wird verfolgt.
</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Product: %1 (ID: %2)</source>
        <translation>Produkt: %1 (ID: %2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familie: %1</translation>
    </message>
    <message>
        <source>Locale: %1</source>
        <translation>Gebietsschema: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>No error found.
</source>
        <translation>Kein Fehler gefunden.
</translation>
    </message>
    <message>
        <source>Errors: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>Errors that match the search: %1 of %2
</source>
        <translation>Fehler, die der Suche entsprechen: %1 von %2
</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>zertifiziert</translation>
    </message>
    <message>
        <source>custom App</source>
        <translation>eigene App</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>new access authorization required</source>
        <translation>neue Zugriffsautorisierung erforderlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No apps connected yet.
</source>
        <translation>Noch keine Apps verbunden.
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Custom App</source>
        <translation>Eigene App</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flusstyp</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Monitoring settings</source>
        <translation>Überwachungseinstellungen</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>No connections.
</source>
        <translation>Keine Verbindungen.
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>FLOW TYPE</source>
        <translation>FLUSSTYP</translation>
    </message>
    <message>
        <source>TRACKED</source>
        <translation>VERFOLGT</translation>
    </message>
    <message>
        <source>! its client ID was used with another user&apos;s username
</source>
        <translation>! ihre Client-ID wurde mit dem Benutzernamen eines anderen Benutzers verwendet
</translation>
    </message>
    <message>
        <source>(not in the offline copy)</source>
        <translation>(nicht in der Offline-Kopie)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flusstyp</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Offline — showing the connections of %1 as of %2
</source>
        <extracomment>%1 is the PIM&apos;s name, %2 a date and time</extracomment>
        <translation>Offline – Verbindungen von %1, Stand %2
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>%1 asks for confirmation and there is no terminal to ask: add --yes to confirm</source>
        <translation>%1 fragt nach einer Bestätigung, aber es gibt kein Terminal dafür: Fügen Sie --yes hinzu, um zu bestätigen</translation>
    </message>
    <message>
        <source>The PIM %1 cannot be reached.</source>
        <translation>Der PIM %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: set PIM_PASSWORD, or sign in once with the app and let it remember the password.</source>
        <translation>Kein Passwort für %1 auf %2: Setzen Sie PIM_PASSWORD, oder melden Sie sich einmal mit der App an und lassen Sie sie sich das Passwort merken.</translation>
    </message>
    <message>
        <source>Password of %1 at %2: </source>
        <translation>Passwort von %1 auf %2: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Kein Passwort eingegeben.</translation>
    </message>
</context>
<context>
    <name>ConnectedApp</name>
    <message>
        <source>an App is not a JSON object</source>
        <translation>eine App ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the list of Apps is not a JSON array</source>
        <translation>die Liste der Apps ist kein JSON-Array</translation>
    </message>
    <message>
        <source>App %1: %2</source>
        <translation>App %1: %2</translation>
    </message>
    <message>
        <source>the monitoring settings are not a JSON object</source>
        <translation>die Überwachungseinstellungen sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown flow type &quot;%1&quot;</source>
        <translation>unbekannter Flusstyp „%1“</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>unknown flow type &quot;%1&quot;</source>
        <translation>unbekannter Flusstyp „%1“</translation>
    </message>
    <message>
        <source>a connection is not a JSON object</source>
        <translation>eine Verbindung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the list of connections is not a JSON array</source>
        <translation>die Liste der Verbindungen ist kein JSON-Array</translation>
    </message>
    <message>
        <source>connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <source>the connection is not a JSON object</source>
        <translation>die Verbindung ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ConnectionCache</name>
    <message>
        <source>The offline copy of your connections is not available.</source>
        <translation>Die Offline-Kopie Ihrer Verbindungen ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ConnectionFilterProxyModel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionImageField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Ein Bild auswählen</translation>
    </message>
    <message>
        <source>Remove the image</source>
        <translation>Das Bild entfernen</translation>
    </message>
    <message>
        <source>Accepted types: %1.</source>
        <translation>Erlaubte Typen: %1.</translation>
    </message>
    <message>
        <source>Choose an image for the connection</source>
        <translation>Ein Bild für die Verbindung auswählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Das Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Sending the image to the PIM…</source>
        <translation>Das Bild wird an den PIM gesendet…</translation>
    </message>
    <message>
        <source>The connection&apos;s image</source>
        <translation>Das Bild der Verbindung</translation>
    </message>
    <message>
        <source>The image has not been loaded.</source>
        <translation>Das Bild wurde nicht geladen.</translation>
    </message>
    <message>
        <source>No image: the connection&apos;s initials are shown instead.</source>
        <translation>Kein Bild: Stattdessen werden die Initialen der Verbindung gezeigt.</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>%1, on %2</source>
        <translation>%1, am %2</translation>
    </message>
    <message>
        <source>This connection&apos;s client ID was used with another user&apos;s username:</source>
        <translation>Die Client-ID dieser Verbindung wurde mit dem Benutzernamen eines anderen Benutzers verwendet:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>client ID used with another user&apos;s username</source>
        <translation>Client-ID mit dem Benutzernamen eines anderen Benutzers verwendet</translation>
    </message>
</context>
<context>
    <name>ConnectionLogo</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This connection was never opened while the PIM could be reached: its credentials and permissions show once it can.</source>
        <translation>Diese Verbindung wurde nie geöffnet, während der PIM erreichbar war: Ihre Zugangsdaten und Berechtigungen erscheinen, sobald er es ist.</translation>
    </message>
    <message>
        <source>The secret of this connection is not kept on this computer. It shows again when the PIM can be reached.</source>
        <translation>Das Secret dieser Verbindung ist auf diesem Computer nicht gespeichert. Es erscheint wieder, sobald der PIM erreichbar ist.</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Angezeigt wird, was auf diesem Computer gespeichert ist: Für Änderungen wird der PIM benötigt.</translation>
    </message>
    <message>
        <source>Nothing to save: no change was made.</source>
        <translation>Nichts zu speichern: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Wait for the image to be sent to the PIM.</source>
        <translation>Warten Sie, bis das Bild an den PIM gesendet ist.</translation>
    </message>
    <message>
        <source>These changes cannot be saved now. Correct them or discard them before leaving.</source>
        <translation>Diese Änderungen können gerade nicht gespeichert werden. Korrigieren oder verwerfen Sie sie, bevor Sie die Seite verlassen.</translation>
    </message>
    <message>
        <source>Connection successfully updated.</source>
        <translation>Verbindung erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <source>The event subscription cannot be saved now: save or discard it before leaving.</source>
        <translation>Das Ereignisabonnement kann gerade nicht gespeichert werden: Speichern oder verwerfen Sie es, bevor Sie die Seite verlassen.</translation>
    </message>
</context>
<context>
    <name>ConnectionPageHeader</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Back to the connections</source>
        <translation>Zurück zu den Verbindungen</translation>
    </message>
    <message>
        <source>Back to the connections (Esc)</source>
        <translation>Zurück zu den Verbindungen (Esc)</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Die Verbindung speichern</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>System › %1 › %2</source>
        <translation>System › %1 › %2</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Die Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Error monitoring</source>
        <translation>Fehlerüberwachung</translation>
    </message>
    <message>
        <source>The business errors this connection got from the PIM&apos;s API</source>
        <translation>Die Geschäftsfehler, die diese Verbindung von der API des PIM erhalten hat</translation>
    </message>
</context>
<context>
    <name>ConnectionPermissionsBox</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>This connection keeps the default role “%1”. Give it a role made for connections, with only the API permissions it needs.</source>
        <translation>Diese Verbindung behält die Standardrolle „%1“. Geben Sie ihr eine Rolle für Verbindungen, mit nur den API-Berechtigungen, die sie braucht.</translation>
    </message>
    <message>
        <source>This connection keeps the group “%1”. Choose a group made for it, so that it sees and edits only what it should.</source>
        <translation>Diese Verbindung behält die Gruppe „%1“. Wählen Sie eine eigene Gruppe für sie, damit sie nur sieht und bearbeitet, was sie soll.</translation>
    </message>
</context>
<context>
    <name>ConnectionPicker</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (not tracked)</source>
        <extracomment>A connection in the Data flows chooser whose &quot;Track in Data flows dashboard&quot; is off.</extracomment>
        <translation>%1 (nicht verfolgt)</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Connected Apps</source>
        <translation>Verbundene Apps</translation>
    </message>
    <message numerus="yes">
        <source>%n App(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsForm</name>
    <message>
        <source>&amp;Track in Data flows dashboard</source>
        <translation>Im Datenfluss-Dashboard &amp;verfolgen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code of a connection cannot be changed.</source>
        <translation>Der Code einer Verbindung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flusstyp</translation>
    </message>
    <message>
        <source>Track in Data flows dashboard</source>
        <translation>Im Datenfluss-Dashboard verfolgen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Be&amp;zeichnung</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>&amp;Flusstyp</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>Not available for the flow type Other: its data flows are not monitored.</source>
        <translation>Für den Flusstyp Sonstige nicht verfügbar: Seine Datenflüsse werden nicht überwacht.</translation>
    </message>
    <message>
        <source>Counts the products this connection sends or receives in the Data flows dashboard.</source>
        <translation>Zählt im Datenfluss-Dashboard die Produkte, die diese Verbindung sendet oder empfängt.</translation>
    </message>
    <message>
        <source>There are unsaved changes.</source>
        <translation>Es gibt ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Connections of the flow type Other are not tracked.</source>
        <translation>Verbindungen mit dem Flusstyp Sonstige werden nicht verfolgt.</translation>
    </message>
    <message>
        <source>These settings cannot be changed now.</source>
        <translation>Diese Einstellungen können gerade nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ConnectivityBar</name>
    <message>
        <source>Offline — no copy of the connections is saved on this computer yet.</source>
        <translation>Offline – auf diesem Computer ist noch keine Kopie der Verbindungen gespeichert.</translation>
    </message>
    <message>
        <source>Offline — showing connections as of %1.</source>
        <translation>Offline – Verbindungen mit Stand %1.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM, and changes cannot be made.</source>
        <translation>Die App wurde mit --offline gestartet: Der PIM wird nicht gefragt, und Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard</source>
        <translation>Kopiert %1 in die Zwischenablage</translation>
    </message>
</context>
<context>
    <name>CreateConnectionDialog</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Create a new connection</source>
        <translation>Eine neue Verbindung anlegen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>For example: Magento 2 - Production</source>
        <translation>Zum Beispiel: Magento 2 - Produktion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Letters, numbers and underscores. It cannot be changed once the connection is created.</source>
        <translation>Buchstaben, Ziffern und Unterstriche. Er kann nach dem Anlegen der Verbindung nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flusstyp</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Be&amp;zeichnung</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Flow type</source>
        <translation>&amp;Flusstyp</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Your PIM sets how many third-parties and Apps you can connect.</source>
        <translation>Ihr PIM legt fest, wie viele Drittanbieter und Apps Sie verbinden können.</translation>
    </message>
</context>
<context>
    <name>CredentialsActions</name>
    <message>
        <source>The secret was regenerated. Give the new one to the connectors that use this connection.</source>
        <translation>Das Secret wurde neu generiert. Geben Sie das neue an die Konnektoren weiter, die diese Verbindung verwenden.</translation>
    </message>
    <message>
        <source>The password was regenerated. Give the new one to the connectors that use this connection.</source>
        <translation>Das Passwort wurde neu generiert. Geben Sie das neue an die Konnektoren weiter, die diese Verbindung verwenden.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: the password is kept in memory until the app quits.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund: Das Passwort bleibt bis zum Beenden der App im Speicher.</translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Regenerate %1</source>
        <translation>%1 neu generieren</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Zugangsdaten testen</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;Client-ID</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Ask the PIM&apos;s API for a token with these credentials</source>
        <translation>Mit diesen Zugangsdaten ein Token bei der API des PIM anfordern</translation>
    </message>
    <message>
        <source>Make sure to save this password somewhere as we won&apos;t show it to you twice.</source>
        <translation>Speichern Sie dieses Passwort unbedingt an einem sicheren Ort, denn wir zeigen es Ihnen kein zweites Mal.</translation>
    </message>
    <message>
        <source>If you forgot your password, you can generate a new one here.</source>
        <translation>Wenn Sie Ihr Passwort vergessen haben, können Sie hier ein neues generieren.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>These credentials work: the PIM gave an access token.</source>
        <translation>Diese Zugangsdaten funktionieren: Der PIM hat ein Zugriffstoken ausgegeben.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 copied to the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 in die Zwischenablage kopiert. Sie wird in %n Sekunde geleert.</numerusform>
            <numerusform>%1 in die Zwischenablage kopiert. Sie wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save the password in the keychain</source>
        <translation>Das Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep this password in the system keychain of this computer</source>
        <translation>Dieses Passwort im Schlüsselbund des Systems auf diesem Computer aufbewahren</translation>
    </message>
    <message>
        <source>Saved in keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>DataFlowsChartModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>DataFlowsHeader</name>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Back to the connections</source>
        <translation>Zurück zu den Verbindungen</translation>
    </message>
    <message>
        <source>Back to the connections (Esc)</source>
        <translation>Zurück zu den Verbindungen (Esc)</translation>
    </message>
    <message>
        <source>System › %1 › %2</source>
        <translation>System › %1 › %2</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Here, you can track the data flow between your PIM and third parties.</source>
        <translation>Hier können Sie den Datenfluss zwischen Ihrem PIM und Drittanbietern verfolgen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Offline: Stand %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>The PIM cannot be reached: these are the numbers this computer kept when it last reached it.</source>
        <translation>Der PIM ist nicht erreichbar: Dies sind die Zahlen, die dieser Computer beim letzten Kontakt behalten hat.</translation>
    </message>
    <message>
        <source>Refresh the Data flows from the PIM (%1)</source>
        <translation>Datenflüsse vom PIM aktualisieren (%1)</translation>
    </message>
</context>
<context>
    <name>DataFlowsPage</name>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Data connections</source>
        <translation>Datenverbindungen</translation>
    </message>
    <message>
        <source>Products created</source>
        <translation>Erstellte Produkte</translation>
    </message>
    <message>
        <source>Products updated</source>
        <translation>Aktualisierte Produkte</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Products sent</source>
        <translation>Gesendete Produkte</translation>
    </message>
    <message>
        <source>Errors on data sources</source>
        <translation>Fehler bei Datenquellen</translation>
    </message>
    <message>
        <source>Here you can see the total number of errors, including business errors.</source>
        <translation>Hier sehen Sie die Gesamtzahl der Fehler, einschließlich der Geschäftsfehler.</translation>
    </message>
    <message>
        <source>Error count per day</source>
        <translation>Fehler pro Tag</translation>
    </message>
    <message>
        <source>Sign in to a PIM first.</source>
        <translation>Melden Sie sich zuerst bei einem PIM an.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Noch nichts gezählt.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM.</source>
        <translation>Die App wurde mit --offline gestartet: Der PIM wird nicht gefragt.</translation>
    </message>
</context>
<context>
    <name>DataFlowsRoute</name>
    <message>
        <source>&amp;Data Flows</source>
        <translation>&amp;Datenflüsse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>The products and errors of your tracked connections over the last 7 days (%1)</source>
        <translation>Die Produkte und Fehler Ihrer verfolgten Verbindungen in den letzten 7 Tagen (%1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the store has schema version %1, this sandbox knows version %2</source>
        <translation>der Speicher hat Schemaversion %1, diese Sandbox kennt Version %2</translation>
    </message>
    <message>
        <source>cannot write the schema version</source>
        <translation>die Schemaversion kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>ddd d</source>
        <extracomment>A day under a Data flows chart: the short weekday and the day of the month (&quot;Tue 1&quot;).</extracomment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <extracomment>A point&apos;s tooltip in a Data flows chart: the day (on its own line), then &quot;Products created: 12&quot;.</extracomment>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>DeleteFlow</name>
    <message>
        <source>The connection “%1” was deleted.</source>
        <translation>Die Verbindung „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>cannot create the demo connection %1</source>
        <translation>die Demo-Verbindung %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the demo logo %1 is missing</source>
        <translation>das Demo-Logo %1 fehlt</translation>
    </message>
    <message>
        <source>cannot finish the demo connection %1</source>
        <translation>die Demo-Verbindung %1 kann nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>cannot write the demo history</source>
        <translation>der Demo-Verlauf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot add the demo App %1</source>
        <translation>die Demo-App %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot write the demo event subscription</source>
        <translation>das Ereignisabonnement der Demo kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DownloadEventLogsJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DownloadImageJob</name>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>the answer is not an image (%1)</source>
        <translation>die Antwort ist kein Bild (%1)</translation>
    </message>
</context>
<context>
    <name>ErrorDetailsPane</name>
    <message>
        <source>Chosen error</source>
        <translation>Gewählter Fehler</translation>
    </message>
    <message>
        <source>Choose an error in the list to read it in full here.</source>
        <translation>Wählen Sie einen Fehler in der Liste, um ihn hier vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>&quot;errors&quot; is not a list</source>
        <translation>„errors“ ist keine Liste</translation>
    </message>
    <message>
        <source>a validation error is not a JSON object</source>
        <translation>ein Validierungsfehler ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The PIM refused the request (HTTP %1).</source>
        <translation>Der PIM hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>a validation answer is not a JSON object</source>
        <translation>eine Validierungsantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a validation answer has neither &quot;errors&quot; nor &quot;message&quot;</source>
        <translation>eine Validierungsantwort hat weder „errors“ noch „message“</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>umgeleitet nach %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The request is too large for the PIM.</source>
        <translation>Die Anfrage ist zu groß für den PIM.</translation>
    </message>
    <message>
        <source>The PIM does not accept this type of content.</source>
        <translation>Der PIM akzeptiert diese Art von Inhalt nicht.</translation>
    </message>
    <message>
        <source>The PIM&apos;s API refused the request (HTTP %1).</source>
        <translation>Die API des PIM hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Your PIM user may not manage connected Apps: it needs the permission &quot;Manage apps&quot;. Ask the PIM&apos;s administrator for it.</source>
        <translation>Ihr PIM-Benutzer darf verbundene Apps nicht verwalten: Er benötigt die Berechtigung „Apps verwalten“. Bitten Sie den Administrator des PIM darum.</translation>
    </message>
    <message>
        <source>Connected Apps are not available on this PIM: the feature is turned off, as it usually is on a self-hosted Community Edition.</source>
        <translation>Verbundene Apps sind auf diesem PIM nicht verfügbar: Die Funktion ist ausgeschaltet, wie meist bei einer selbst betriebenen Community Edition.</translation>
    </message>
    <message>
        <source>This App is no longer connected to the PIM, or connected Apps are turned off on this PIM. Refresh the list of Apps.</source>
        <translation>Diese App ist nicht mehr mit dem PIM verbunden, oder verbundene Apps sind auf diesem PIM ausgeschaltet. Aktualisieren Sie die Liste der Apps.</translation>
    </message>
    <message>
        <source>the answer&apos;s header could not be read: it is too large or not valid</source>
        <translation>der Header der Antwort konnte nicht gelesen werden: Er ist zu groß oder ungültig</translation>
    </message>
    <message>
        <source>the answer was cut short: %1</source>
        <translation>die Antwort wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Event subscriptions and event logs are not available on this PIM: its Events API is turned off or retired.</source>
        <translation>Ereignisabonnements und Ereignisprotokolle sind auf diesem PIM nicht verfügbar: seine Events-API ist abgeschaltet oder eingestellt.</translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringHelper</name>
    <message>
        <source>Here, you can see the detail of each error for this connection over the last 7 days. Error number is limited to 100 errors.</source>
        <translation>Hier sehen Sie die Details jedes Fehlers dieser Verbindung in den letzten 7 Tagen. Die Anzahl ist auf 100 Fehler begrenzt.</translation>
    </message>
    <message>
        <source>To understand how to solve this, please visit the API help center.</source>
        <translation>Wie Sie sie beheben, erfahren Sie im Hilfecenter der API.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n error(s)</source>
        <translation>
            <numerusform>Sie haben %n Fehler</numerusform>
            <numerusform>Sie haben %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringPage</name>
    <message>
        <source>Error monitoring</source>
        <translation>Fehlerüberwachung</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>ErrorMonitoringPanel</name>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Search in error messages</source>
        <translation>In Fehlermeldungen suchen</translation>
    </message>
    <message>
        <source>Saves the errors shown (search included) as a CSV file.</source>
        <translation>Speichert die angezeigten Fehler (mit Suche) als CSV-Datei.</translation>
    </message>
    <message>
        <source>The PIM cannot be reached: showing the errors as of %1.</source>
        <translation>Der PIM ist nicht erreichbar: Angezeigt werden die Fehler vom %1.</translation>
    </message>
    <message>
        <source>The errors cannot be shown</source>
        <translation>Die Fehler können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading the errors…</source>
        <translation>Die Fehler werden geladen…</translation>
    </message>
    <message>
        <source>For now, monitoring page is only available for source connection.</source>
        <translation>Die Überwachungsseite ist derzeit nur für Quellverbindungen verfügbar.</translation>
    </message>
    <message>
        <source>The PIM records the business errors of the connections whose flow type is Data source only.</source>
        <translation>Der PIM zeichnet Geschäftsfehler nur für Verbindungen mit dem Flusstyp Datenquelle auf.</translation>
    </message>
    <message>
        <source>Unmonitored connection</source>
        <translation>Nicht überwachte Verbindung</translation>
    </message>
    <message>
        <source>To track errors on this connection, activate monitoring in the settings.</source>
        <translation>Um die Fehler dieser Verbindung zu verfolgen, aktivieren Sie die Überwachung in den Einstellungen.</translation>
    </message>
    <message>
        <source>Activate monitoring</source>
        <translation>Überwachung aktivieren</translation>
    </message>
    <message>
        <source>Awesome! No error found!</source>
        <translation>Super! Kein Fehler gefunden!</translation>
    </message>
    <message>
        <source>Showing what was saved on this computer: changes need the PIM.</source>
        <translation>Angezeigt wird, was auf diesem Computer gespeichert ist: Für Änderungen wird der PIM benötigt.</translation>
    </message>
    <message>
        <source>%1-business-errors-%2.csv</source>
        <extracomment>The file name offered when exporting; %1 is the connection code, %2 today&apos;s date.</extracomment>
        <translation>%1-geschaeftsfehler-%2.csv</translation>
    </message>
    <message>
        <source>Export the business errors</source>
        <translation>Geschäftsfehler exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The errors were exported to %1.</source>
        <translation>Die Fehler wurden nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>a log entry is not a JSON object</source>
        <translation>ein Protokolleintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>the page of logs is not a JSON object</source>
        <translation>die Protokollseite ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>log %1: %2</source>
        <translation>Protokoll %1: %2</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Datetime</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>EventLogTree</name>
    <message>
        <source>Event logs</source>
        <translation>Ereignisprotokolle</translation>
    </message>
</context>
<context>
    <name>EventLogsDownload</name>
    <message>
        <source>Download logs</source>
        <translation>Protokolle herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download the event logs</source>
        <translation>Die Ereignisprotokolle herunterladen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Den Download abbrechen</translation>
    </message>
    <message>
        <source>Save the event logs</source>
        <translation>Die Ereignisprotokolle speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Downloading the logs…</source>
        <translation>Die Protokolle werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>Logs saved to %1</source>
        <translation>Protokolle gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>EventLogsView</name>
    <message>
        <source>Event logs</source>
        <translation>Ereignisprotokolle</translation>
    </message>
    <message>
        <source>The event subscription isn’t enabled for this connection.</source>
        <translation>Das Ereignisabonnement ist für diese Verbindung nicht aktiviert.</translation>
    </message>
    <message>
        <source>Here are the logs related to all the event requests sent to this connection. This page displays error and warning logs for the past 72h, and the last 100 info and notice logs.</source>
        <translation>Hier sind die Protokolle aller an diese Verbindung gesendeten Ereignisanfragen. Diese Seite zeigt die Fehler- und Warnprotokolle der letzten 72 Stunden sowie die letzten 100 Info- und Hinweisprotokolle.</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Show the %1 logs</source>
        <translation>Die Protokolle der Stufe %1 anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Logs from</source>
        <translation>Protokolle ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Logs to</source>
        <translation>Protokolle bis</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the date range</source>
        <translation>Den Zeitraum zurücksetzen</translation>
    </message>
    <message>
        <source>Search in messages</source>
        <translation>In den Meldungen suchen</translation>
    </message>
    <message>
        <source>Event logs of %1</source>
        <translation>Ereignisprotokolle von %1</translation>
    </message>
    <message>
        <source>Event logs — %1</source>
        <translation>Ereignisprotokolle — %1</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Offline: Stand %1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Event logs are not available on this PIM: it has no Events API.</source>
        <translation>Ereignisprotokolle sind auf diesem PIM nicht verfügbar: Es hat keine Events-API.</translation>
    </message>
    <message>
        <source>There is no log for the moment.</source>
        <translation>Im Moment gibt es kein Protokoll.</translation>
    </message>
    <message>
        <source>Sorry, there is no log for your search. Try again with new search criteria.</source>
        <translation>Leider gibt es kein Protokoll für Ihre Suche. Versuchen Sie es mit anderen Suchkriterien.</translation>
    </message>
</context>
<context>
    <name>EventSubscription</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>the event subscription is not a JSON object</source>
        <translation>das Ereignisabonnement ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;event_subscription&quot; is missing</source>
        <translation>„event_subscription“ fehlt</translation>
    </message>
    <message>
        <source>the result of the test is not a JSON object</source>
        <translation>das Testergebnis ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>EventSubscriptionPart</name>
    <message>
        <source>Event subscription</source>
        <translation>Ereignisabonnement</translation>
    </message>
    <message>
        <source>Event subscription activation</source>
        <translation>Aktivierung des Ereignisabonnements</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Use product UUID instead of product identifier?</source>
        <translation>Produkt-UUID statt Produktkennung verwenden?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation>Ereignisprotokolle</translation>
    </message>
    <message>
        <source>Event subscription secret</source>
        <translation>Geheimnis des Ereignisabonnements</translation>
    </message>
    <message>
        <source>Event subscription URL</source>
        <translation>URL des Ereignisabonnements</translation>
    </message>
    <message>
        <source>https://example.com/akeneo-events</source>
        <translation>https://example.com/akeneo-events</translation>
    </message>
    <message>
        <source>Test the URL</source>
        <translation>Die URL testen</translation>
    </message>
    <message>
        <source>The PIM sends a signed test request to this URL</source>
        <translation>Das PIM sendet eine signierte Testanfrage an diese URL</translation>
    </message>
    <message>
        <source>Regenerate the event subscription secret</source>
        <translation>Das Geheimnis des Ereignisabonnements neu erzeugen</translation>
    </message>
    <message>
        <source>Save the event subscription</source>
        <translation>Das Ereignisabonnement speichern</translation>
    </message>
    <message>
        <source>Show the event logs</source>
        <translation>Die Ereignisprotokolle anzeigen</translation>
    </message>
    <message>
        <source>You can be notified of events happening in the PIM for products synchronized with this connection. You just need to define a URL.</source>
        <translation>Sie können über Ereignisse im PIM zu den mit dieser Verbindung synchronisierten Produkten benachrichtigt werden. Sie müssen nur eine URL angeben.</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Event subscription successfully updated.</source>
        <translation>Ereignisabonnement erfolgreich aktualisiert.</translation>
    </message>
    <message>
        <source>Offline: as of %1</source>
        <translation>Offline: Stand %1</translation>
    </message>
    <message>
        <source>Not kept on this computer</source>
        <translation>Nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Made at the first save</source>
        <translation>Wird beim ersten Speichern erzeugt</translation>
    </message>
    <message>
        <source>Event subscriptions are not available on this PIM: it has no Events API.</source>
        <translation>Ereignisabonnements sind auf diesem PIM nicht verfügbar: Es hat keine Events-API.</translation>
    </message>
    <message>
        <source>Sorry, an error occurred while editing the event subscription.</source>
        <translation>Leider ist beim Bearbeiten des Ereignisabonnements ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>It works: the URL answered %1</source>
        <translation>Es funktioniert: Die URL hat %1 geantwortet</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Webhook secret successfully regenerated. Update the receivers with the new one.</source>
        <translation>Webhook-Geheimnis erfolgreich neu erzeugt. Aktualisieren Sie die Empfänger mit dem neuen.</translation>
    </message>
    <message>
        <source>Read from this computer&apos;s copy: it can be changed once the PIM can be reached.</source>
        <translation>Aus der Kopie dieses Computers gelesen: Es kann geändert werden, sobald das PIM erreichbar ist.</translation>
    </message>
    <message>
        <source>You can connect up to %1 connections to the Event subscription feature. You have reached this limit.</source>
        <translation>Sie können bis zu %1 Verbindungen mit der Funktion Ereignisabonnement verbinden. Sie haben diese Grenze erreicht.</translation>
    </message>
    <message>
        <source>Please, click on the Save button to be able to test the URL.</source>
        <translation>Bitte klicken Sie auf Speichern, um die URL testen zu können.</translation>
    </message>
    <message>
        <source>Clear the URL</source>
        <translation>URL löschen</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event subscription of %1 has not been read yet, and the PIM cannot be reached to read it.</source>
        <translation>Das Ereignisabonnement von %1 wurde noch nicht gelesen, und der PIM ist nicht erreichbar, um es zu lesen.</translation>
    </message>
    <message>
        <source>The event logs of %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die Ereignisprotokolle von %1 wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder or file name.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
</context>
<context>
    <name>FlowType</name>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Data destination</source>
        <translation>Datenziel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Data destinations</source>
        <translation>Datenziele</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Data entering the PIM, for example from an ERP or a DAM.</source>
        <translation>Daten, die in den PIM kommen, zum Beispiel aus einem ERP oder einem DAM.</translation>
    </message>
    <message>
        <source>Data leaving the PIM, for example to an e-commerce platform or for syndication.</source>
        <translation>Daten, die den PIM verlassen, zum Beispiel zu einer E-Commerce-Plattform oder für die Syndizierung.</translation>
    </message>
    <message>
        <source>Neither a source nor a destination. Its data flows are not monitored: prefer a source or a destination when you can.</source>
        <translation>Weder Quelle noch Ziel. Ihre Datenflüsse werden nicht überwacht: Wählen Sie nach Möglichkeit eine Quelle oder ein Ziel.</translation>
    </message>
</context>
<context>
    <name>FlowTypeChooser</name>
    <message>
        <source>Neither a source nor a destination, for example a script that checks the catalog.</source>
        <translation>Weder Quelle noch Ziel, zum Beispiel ein Skript, das den Katalog prüft.</translation>
    </message>
    <message>
        <source>The data flows of this connection will not be monitored in the Data flows dashboard. Prefer a source or a destination when you can.</source>
        <translation>Die Datenflüsse dieser Verbindung werden im Datenfluss-Dashboard nicht überwacht. Wählen Sie nach Möglichkeit eine Quelle oder ein Ziel.</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>cannot install the roles</source>
        <translation>die Rollen können nicht installiert werden</translation>
    </message>
    <message>
        <source>cannot install the user groups</source>
        <translation>die Benutzergruppen können nicht installiert werden</translation>
    </message>
    <message>
        <source>cannot install the roles and user groups</source>
        <translation>die Rollen und Benutzergruppen können nicht installiert werden</translation>
    </message>
    <message>
        <source>cannot write the user %1</source>
        <translation>der Benutzer %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot add the App %1: %2</source>
        <translation>die App %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot add the App %1</source>
        <translation>die App %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot install the products</source>
        <translation>die Produkte können nicht installiert werden</translation>
    </message>
</context>
<context>
    <name>InstanceRegistry</name>
    <message>
        <source>The list of PIMs cannot be saved to %1. Your changes are kept until the app quits; check that this file can be written.</source>
        <translation>Die PIM-Liste kann nicht in %1 gespeichert werden. Ihre Änderungen bleiben erhalten, bis die App beendet wird; prüfen Sie, ob diese Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>Give this PIM a name, such as &quot;Production&quot;.</source>
        <translation>Geben Sie diesem PIM einen Namen, etwa „Produktion“.</translation>
    </message>
    <message>
        <source>Another PIM is already called &quot;%1&quot;: choose another name.</source>
        <translation>Ein anderer PIM heißt bereits „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the username you sign in to this PIM with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem Sie sich bei diesem PIM anmelden.</translation>
    </message>
    <message>
        <source>This PIM is already in the list, for the same user, as &quot;%1&quot;.</source>
        <translation>Dieser PIM ist für denselben Benutzer bereits als „%1“ in der Liste.</translation>
    </message>
    <message>
        <source>This PIM is no longer in the list.</source>
        <translation>Dieser PIM ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Some passwords or secrets of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>Einige Passwörter oder Secrets von „%1“ konnten nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InstanceSwitcher</name>
    <message>
        <source>&amp;PIM</source>
        <translation>&amp;PIM</translation>
    </message>
    <message>
        <source>&amp;Add a PIM…</source>
        <translation>PIM &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>No PIM</source>
        <translation>Kein PIM</translation>
    </message>
    <message>
        <source>%1 — %2 at %3. Choose another PIM, or add one.</source>
        <translation>%1 – %2 auf %3. Wählen Sie einen anderen PIM oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Add a PIM to work with.</source>
        <translation>Fügen Sie einen PIM hinzu, mit dem Sie arbeiten.</translation>
    </message>
    <message>
        <source>PIM: %1</source>
        <translation>PIM: %1</translation>
    </message>
    <message>
        <source>Rename the PIM</source>
        <translation>Den PIM umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove this PIM</source>
        <translation>Diesen PIM entfernen</translation>
    </message>
    <message>
        <source>Are you sure you want to remove “%1” from this app?</source>
        <translation>Möchten Sie „%1“ wirklich aus dieser App entfernen?</translation>
    </message>
    <message>
        <source>The copy of its connections saved on this computer and the passwords kept for it in the keychain are removed. Nothing changes in the PIM itself: you can add it again.</source>
        <translation>Die auf diesem Computer gespeicherte Kopie seiner Verbindungen und die für ihn im Schlüsselbund aufbewahrten Passwörter werden gelöscht. Im PIM selbst ändert sich nichts: Sie können ihn wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation>„%1“ sollte %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>the answer is empty where JSON was expected</source>
        <translation>die Antwort ist leer, obwohl JSON erwartet wurde</translation>
    </message>
    <message>
        <source>the answer is an HTML page where JSON was expected</source>
        <translation>die Antwort ist eine HTML-Seite, obwohl JSON erwartet wurde</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is neither a JSON object nor a JSON array</source>
        <translation>die Antwort ist weder ein JSON-Objekt noch ein JSON-Array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>eine Kennung</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a whole number from 0, not %2</source>
        <translation>„%1“ sollte eine ganze Zahl ab 0 sein, nicht %2</translation>
    </message>
    <message>
        <source>the answer could not be read: it is nested too deeply or holds a number out of range</source>
        <translation>die Antwort konnte nicht gelesen werden: Sie ist zu tief verschachtelt oder enthält eine Zahl außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>LogoCache</name>
    <message>
        <source>the logo does not fit in the memory cache</source>
        <translation>das Logo passt nicht in den Speicher-Cache</translation>
    </message>
</context>
<context>
    <name>LogoDecoder</name>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>the image is too large (%1 bytes)</source>
        <translation>das Bild ist zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>the image is too large (%1×%2 pixels)</source>
        <translation>das Bild ist zu groß (%1×%2 Pixel)</translation>
    </message>
    <message>
        <source>the image cannot be read</source>
        <translation>das Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>Die Datei „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is not an accepted image. Choose a file of one of these types: %2.</source>
        <translation>„%1“ ist kein erlaubtes Bild. Wählen Sie eine Datei von einem dieser Typen: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a picture that can be read (%2). Choose another file.</source>
        <translation>„%1“ ist kein lesbares Bild (%2). Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIM Connections</source>
        <translation>PIM Connections</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in to a PIM first.</source>
        <translation>Melden Sie sich zuerst bei einem PIM an.</translation>
    </message>
    <message>
        <source>The app was started with --offline: nothing is asked of the PIM.</source>
        <translation>Die App wurde mit --offline gestartet: Der PIM wird nicht gefragt.</translation>
    </message>
    <message>
        <source>Connection successfully created.</source>
        <translation>Verbindung erfolgreich angelegt.</translation>
    </message>
    <message>
        <source>The connection secrets kept in the keychain were removed. While the PIM cannot be reached, connection pages will not show their secret.</source>
        <translation>Die im Schlüsselbund aufbewahrten Verbindungs-Secrets wurden entfernt. Solange das PIM nicht erreichbar ist, zeigen die Verbindungsseiten ihr Secret nicht an.</translation>
    </message>
    <message>
        <source>App successfully deleted.</source>
        <translation>App erfolgreich gelöscht.</translation>
    </message>
</context>
<context>
    <name>MaxLimitReachedJob</name>
    <message>
        <source>&quot;limitReached&quot; is not a boolean</source>
        <translation>„limitReached“ ist kein Boolescher Wert</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>cannot create the media directory</source>
        <translation>der Medienordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot record the file</source>
        <translation>die Datei kann nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Confirm regeneration</source>
        <translation>Neugenerierung bestätigen</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the connection secret?</source>
        <translation>Möchten Sie das Secret der Verbindung wirklich neu generieren?</translation>
    </message>
    <message>
        <source>The current secret stops working at once and its access tokens are revoked. Connectors that still use it get 401 (unauthorized) errors until they are given the new secret.</source>
        <translation>Das aktuelle Secret funktioniert sofort nicht mehr und seine Zugriffstoken werden widerrufen. Konnektoren, die es noch verwenden, erhalten 401-Fehler (nicht autorisiert), bis sie das neue Secret bekommen.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the connection password?</source>
        <translation>Möchten Sie das Passwort der Verbindung wirklich neu generieren?</translation>
    </message>
    <message>
        <source>The current password stops working at once and its access tokens are revoked. Connectors that still use it get 401 (unauthorized) errors until they are given the new password.</source>
        <translation>Das aktuelle Passwort funktioniert sofort nicht mehr und seine Zugriffstoken werden widerrufen. Konnektoren, die es noch verwenden, erhalten 401-Fehler (nicht autorisiert), bis sie das neue Passwort bekommen.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the connection?</source>
        <translation>Möchten Sie die Verbindung wirklich löschen?</translation>
    </message>
    <message>
        <source>“%1”, its API user and its credentials are removed from the PIM. Connectors that use this connection get 401 (unauthorized) errors until they are given new credentials. This cannot be undone.</source>
        <translation>„%1“, ihr API-Benutzer und ihre Zugangsdaten werden aus dem PIM entfernt. Konnektoren, die diese Verbindung verwenden, erhalten 401-Fehler (nicht autorisiert), bis sie neue Zugangsdaten bekommen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>There are unsaved changes.</source>
        <translation>Es gibt ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before leaving this page, or discard them?</source>
        <translation>Vor dem Verlassen dieser Seite speichern oder verwerfen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the app? Not sure about the impacts?</source>
        <translation>Möchten Sie die App wirklich löschen? Unsicher über die Auswirkungen?</translation>
    </message>
    <message>
        <source>“%1”, its connection and its authorisation to access the PIM are removed. The App stops working with this PIM until it is connected again from the App Store, which asks for the authorisation again. This cannot be undone.</source>
        <translation>„%1“, ihre Verbindung und ihre Berechtigung für den Zugriff auf den PIM werden entfernt. Die App funktioniert mit diesem PIM nicht mehr, bis sie erneut aus dem App Store verbunden wird, der die Berechtigung erneut anfordert. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Are you sure you want to regenerate the event subscription secret?</source>
        <translation>Möchten Sie das Geheimnis des Ereignisabonnements wirklich neu erzeugen?</translation>
    </message>
    <message>
        <source>The PIM signs its requests with the new secret at once: the receivers of the events must be updated with it, or they reject them.</source>
        <translation>Das PIM signiert seine Anfragen sofort mit dem neuen Geheimnis: Die Empfänger der Ereignisse müssen damit aktualisiert werden, sonst weisen sie sie ab.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>The offline copy has the Data flows of the week ending %1 only, and the PIM cannot be reached to read another week.</source>
        <translation>Die Offline-Kopie enthält nur die Data flows der Woche bis %1, und der PIM ist nicht erreichbar, um eine andere Woche zu lesen.</translation>
    </message>
    <message>
        <source>The Data flows have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die Data flows wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The errors of %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die Fehler von %1 wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The connected Apps have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die verbundenen Apps wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The settings of the App %1 have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die Einstellungen der App %1 wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The App %1 has no logo.</source>
        <translation>Die App %1 hat kein Logo.</translation>
    </message>
    <message>
        <source>The App&apos;s logo at %1 cannot be shown: %2</source>
        <translation>Das Logo der App unter %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Working offline: the App&apos;s logo is not downloaded.</source>
        <translation>Offline: Das Logo der App wird nicht geladen.</translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <source>the request could not be made</source>
        <translation>die Anfrage konnte nicht gestellt werden</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>OverviewHeader</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>System › Connections</source>
        <extracomment>The breadcrumb of the overview, as in the PIM&apos;s menu.</extracomment>
        <translation>System › Verbindungen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Search by label or code</source>
        <translation>Nach Bezeichnung oder Code suchen</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen suchen</translation>
    </message>
    <message>
        <source>Search connections (%1)</source>
        <translation>Verbindungen suchen (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create a connection</source>
        <translation>Eine Verbindung anlegen</translation>
    </message>
    <message numerus="yes">
        <source>You have %n connection(s).</source>
        <translation>
            <numerusform>Sie haben %n Verbindung.</numerusform>
            <numerusform>Sie haben %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new connection (%1)</source>
        <translation>Eine neue Verbindung anlegen (%1)</translation>
    </message>
    <message>
        <source>Refresh the list from the PIM (%1)</source>
        <translation>Die Liste vom PIM aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Your PIM sets how many third-parties and Apps you can connect.</source>
        <translation>Ihr PIM legt fest, wie viele Drittanbieter und Apps Sie verbinden können.</translation>
    </message>
    <message>
        <source>You have %1 and %2.</source>
        <translation>Sie haben %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected App(s)</source>
        <translation>
            <numerusform>%n verbundene App</numerusform>
            <numerusform>%n verbundene Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No PIM to show yet.</source>
        <translation>Noch kein PIM zum Anzeigen.</translation>
    </message>
    <message>
        <source>Sign in to your Akeneo PIM to see and manage its connections.</source>
        <translation>Melden Sie sich bei Ihrem Akeneo PIM an, um seine Verbindungen zu sehen und zu verwalten.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Loading the connections…</source>
        <translation>Die Verbindungen werden geladen…</translation>
    </message>
    <message>
        <source>No connection declared yet.</source>
        <translation>Noch keine Verbindung angelegt.</translation>
    </message>
    <message>
        <source>A connection lets a third party (an ERP, a DAM, an e-commerce platform…) send data to the PIM or receive data from it through the API.</source>
        <translation>Über eine Verbindung kann ein Drittsystem (ein ERP, ein DAM, eine E-Commerce-Plattform…) über die API Daten an den PIM senden oder von ihm empfangen.</translation>
    </message>
    <message>
        <source>Create your first connection</source>
        <translation>Legen Sie Ihre erste Verbindung an</translation>
    </message>
    <message>
        <source>No connection matches “%1”.</source>
        <translation>Keine Verbindung passt zu „%1“.</translation>
    </message>
    <message>
        <source>The search looks in the labels and the codes.</source>
        <translation>Die Suche umfasst Bezeichnungen und Codes.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Some connections are not used with their own username. Point at the warning mark on a tile to see by whom and when.</source>
        <translation>Einige Verbindungen werden nicht mit ihrem eigenen Benutzernamen verwendet. Zeigen Sie auf das Warnzeichen einer Kachel, um zu sehen, von wem und wann.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Zugangsdaten testen</translation>
    </message>
    <message>
        <source>The PIM does not show the password of “%1” again. Type it to ask the API for a token; it is used for this test only and is not kept.</source>
        <translation>Der PIM zeigt das Passwort von „%1“ nicht noch einmal. Geben Sie es ein, um bei der API ein Token anzufordern; es dient nur diesem Test und wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test the credentials</source>
        <translation>Die Zugangsdaten testen</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the list is not a JSON array</source>
        <translation>die Liste ist kein JSON-Array</translation>
    </message>
    <message>
        <source>a role is not a JSON object</source>
        <translation>eine Rolle ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a role has no &quot;id&quot;</source>
        <translation>eine Rolle hat keine „id“</translation>
    </message>
    <message>
        <source>a group is not a JSON object</source>
        <translation>eine Gruppe ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no &quot;meta&quot;</source>
        <translation>die Gruppe „%1“ hat kein „meta“</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; has no id</source>
        <translation>die Gruppe „%1“ hat keine ID</translation>
    </message>
</context>
<context>
    <name>PimAddress</name>
    <message>
        <source>Enter the address of the PIM, for example https://pim.example.com.</source>
        <translation>Geben Sie die Adresse des PIM ein, zum Beispiel https://pim.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid address. Type it as https://pim.example.com.</source>
        <translation>Das ist keine gültige Adresse. Geben Sie sie in der Form https://pim.example.com ein.</translation>
    </message>
    <message>
        <source>The address must start with https://, for example https://pim.example.com.</source>
        <translation>Die Adresse muss mit https:// beginnen, zum Beispiel https://pim.example.com.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): your password would travel in clear. Use https:// instead; http:// is accepted only for a PIM on this computer.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http://): Ihr Passwort würde im Klartext übertragen. Verwenden Sie stattdessen https://; http:// wird nur für einen PIM auf diesem Computer akzeptiert.</translation>
    </message>
    <message>
        <source>Leave the username and password out of the address (the part before &quot;@&quot;): they are asked for separately.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg (den Teil vor „@“): Sie werden getrennt abgefragt.</translation>
    </message>
    <message>
        <source>The address has no server name. Type it as https://pim.example.com.</source>
        <translation>Die Adresse enthält keinen Servernamen. Geben Sie sie als https://pim.example.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. Type the address as https://pim.example.com.</source>
        <translation>„%1“ ist kein gültiger Servername. Geben Sie die Adresse als https://pim.example.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: a port is a number from 1 to 65535.</source>
        <translation>„%1“ ist kein gültiger Port: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;?&quot;: the address of a PIM has no query.</source>
        <translation>Entfernen Sie den Teil nach „?“: Die Adresse eines PIM hat keine Abfrage.</translation>
    </message>
    <message>
        <source>Remove the part after &quot;#&quot;: it names a page of the PIM, not its address.</source>
        <translation>Entfernen Sie den Teil nach „#“: Er bezeichnet eine Seite des PIM, nicht seine Adresse.</translation>
    </message>
</context>
<context>
    <name>PimSession</name>
    <message>
        <source>Enter a username and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the address of the PIM.</source>
        <translation>Geben Sie die Adresse des PIM ein.</translation>
    </message>
</context>
<context>
    <name>PimTime</name>
    <message>
        <source>&quot;%1&quot; is not a time with its zone</source>
        <translation>„%1“ ist keine Uhrzeit mit Zeitzone</translation>
    </message>
</context>
<context>
    <name>PrivateFolders</name>
    <message>
        <source>The permissions of %1 cannot be restricted to your user.</source>
        <translation>Die Berechtigungen von %1 können nicht auf Ihren Benutzer beschränkt werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PIM Connections</source>
        <translation>PIM Connections</translation>
    </message>
</context>
<context>
    <name>RegeneratePasswordJob</name>
    <message>
        <source>the new password is empty</source>
        <translation>das neue Passwort ist leer</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>--%1 takes USER:PASSWORD, both non-empty</source>
        <translation>--%1 nimmt BENUTZER:PASSWORT, beide nicht leer</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds greater than 0, not &quot;%2&quot;</source>
        <translation>--%1 nimmt eine Anzahl Sekunden größer als 0, nicht „%2“</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8080).</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien (Standard 8080).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Directory of the SQLite store and the images; data survives a restart on the same directory. Without it, a temporary store removed at exit.</source>
        <translation>Ordner des SQLite-Speichers und der Bilder; die Daten überstehen einen Neustart mit demselben Ordner. Ohne ihn ein temporärer Speicher, der beim Beenden gelöscht wird.</translation>
    </message>
    <message>
        <source>A back-office user with every right, &quot;Manage connections settings&quot; included (default admin:admin).</source>
        <translation>Ein Back-Office-Benutzer mit allen Rechten, einschließlich „Verbindungseinstellungen verwalten“ (Standard admin:admin).</translation>
    </message>
    <message>
        <source>What a new store starts with: demo or empty (default demo).</source>
        <translation>Womit ein neuer Speicher beginnt: demo oder empty (Standard demo).</translation>
    </message>
    <message>
        <source>Lifetime of API access tokens in seconds (default 3600); refresh tokens live 14 days.</source>
        <translation>Lebensdauer der API-Zugriffstoken in Sekunden (Standard 3600); Refresh-Token leben 14 Tage.</translation>
    </message>
    <message>
        <source>Back-office sessions end after this many idle seconds (default 3600).</source>
        <translation>Back-Office-Sitzungen enden nach so vielen Sekunden Inaktivität (Standard 3600).</translation>
    </message>
    <message>
        <source>Adds a connected App (type &quot;app&quot;) unless its code exists: it counts in the limit of 50 and in code uniqueness, and the connection routes do not show it. Repeatable.</source>
        <translation>Fügt eine verbundene App (Typ „app“) hinzu, sofern ihr Code noch nicht existiert: Sie zählt zum Limit von 50 und zur Eindeutigkeit der Codes, und die Verbindungsrouten zeigen sie nicht. Wiederholbar.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port nimmt eine Zahl von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--host takes an IP address, not &quot;%1&quot;</source>
        <translation>--host nimmt eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--data takes a directory</source>
        <translation>--data nimmt einen Ordner</translation>
    </message>
    <message>
        <source>--user %1 is already the --admin user</source>
        <translation>--user %1 ist bereits der --admin-Benutzer</translation>
    </message>
    <message>
        <source>--seed takes demo or empty, not &quot;%1&quot;</source>
        <translation>--seed nimmt demo oder empty, nicht „%1“</translation>
    </message>
    <message>
        <source>--app takes CODE:LABEL with a valid connection code (3 to 100 letters, digits or underscores) and label (3 to 100 characters), not &quot;%1&quot;</source>
        <translation>--app nimmt CODE:BEZEICHNUNG mit einem gültigen Verbindungscode (3 bis 100 Buchstaben, Ziffern oder Unterstriche) und einer gültigen Bezeichnung (3 bis 100 Zeichen), nicht „%1“</translation>
    </message>
    <message>
        <source>A back-office user without &quot;Manage connections settings&quot; and &quot;Manage apps&quot;: listing works, reading, creating, changing, deleting and regenerating answer 403, and so do the connected Apps&apos; settings. Repeatable.</source>
        <translation>Ein Back-Office-Benutzer ohne „Verbindungseinstellungen verwalten“ und „Apps verwalten“: Auflisten funktioniert; Lesen, Anlegen, Ändern, Löschen und Neugenerieren antworten mit 403, ebenso die Einstellungen der verbundenen Apps. Wiederholbar.</translation>
    </message>
    <message>
        <source>Starts the clock at this date (and time in UTC; noon when left out) instead of the system&apos;s; it then runs on. For repeatable days in the dashboard.</source>
        <translation>Startet die Uhr an diesem Datum (und zu dieser UTC-Uhrzeit; mittags, wenn sie fehlt) statt mit der Systemzeit; danach läuft sie weiter. Für wiederholbare Tage im Dashboard.</translation>
    </message>
    <message>
        <source>Time zone of the --admin user&apos;s profile, in which the Data flows dashboard counts its days (default UTC; --user users keep UTC).</source>
        <translation>Zeitzone im Profil des --admin-Benutzers, in der das Datenfluss-Dashboard seine Tage zählt (Standard UTC; --user-Benutzer bleiben bei UTC).</translation>
    </message>
    <message>
        <source>--today takes a date like 2020-01-07, or 2020-01-07T23:30 (UTC), not &quot;%1&quot;</source>
        <translation>--today nimmt ein Datum wie 2020-01-07 oder 2020-01-07T23:30 (UTC), nicht „%1“</translation>
    </message>
    <message>
        <source>--timezone takes a time zone like Europe/Paris, not &quot;%1&quot;</source>
        <translation>--timezone nimmt eine Zeitzone wie Europe/Paris, nicht „%1“</translation>
    </message>
    <message>
        <source>A local Akeneo PIM for PIM Connections. Over HTTP it answers the back-office sign-in, the
connection settings (/rest/connections), logos, roles and groups, the public API&apos;s OAuth
token and a small product API (/api/rest/v1/products), the error monitoring and the Data
flows dashboard (/rest/connections/CODE/business-errors, /rest/connections/audit/...) and
the connected Apps (/rest/apps/connected-apps), and the event subscriptions and event logs
(/rest/connections/CODE/webhook, /rest/events-api-debug/...). It keeps its data in SQLite.

Calls to the product API with a connection&apos;s token are recorded as a PIM records them:
products created and updated by tracked source connections, products read by tracked
destinations, business and technical errors. The dashboard and the error monitoring
answer from these records. Products created, updated and deleted through that API are sent
to the active event subscriptions, signed with their secret, and written to the event logs.
Event requests and the &quot;Test&quot; of a URL go only to loopback addresses (127.0.0.1, ::1;
&quot;localhost&quot; is refused by name, as a PIM does) unless --webhook-any-host is given.

Once listening, the first line on standard output is
  pim-sandbox listening on http://HOST:PORT
SIGTERM or SIGINT stops it cleanly. Bad options exit with code 2.

Seeds (on a new store only): &quot;demo&quot; adds the connections erp and retail_hub (sources)
and web_shop (destination), each with a logo, the connected App content_translator, and
eight days of history (products created, updated and read, business errors); retail_hub
is not tracked; web_shop has an active event subscription to
http://127.0.0.1:8081/akeneo-events and a day of event logs. &quot;empty&quot; adds none. Roles,
user groups and a small catalogue (families, attributes and three products) are always
installed.</source>
        <translation>Ein lokaler Akeneo PIM für PIM Connections. Über HTTP beantwortet er die
Back-Office-Anmeldung, die Verbindungseinstellungen (/rest/connections), Logos, Rollen und
Gruppen, das OAuth-Token der öffentlichen API und eine kleine Produkt-API
(/api/rest/v1/products), die Fehlerüberwachung und das Datenfluss-Dashboard
(/rest/connections/CODE/business-errors, /rest/connections/audit/...), die verbundenen
Apps (/rest/apps/connected-apps) sowie die Ereignisabonnements und Ereignisprotokolle
(/rest/connections/CODE/webhook, /rest/events-api-debug/...). Er speichert seine Daten in
SQLite.

Aufrufe der Produkt-API mit dem Token einer Verbindung werden so aufgezeichnet, wie ein PIM
sie aufzeichnet: von verfolgten Quellverbindungen angelegte und geänderte Produkte, von
verfolgten Zielen gelesene Produkte, fachliche und technische Fehler. Das Dashboard und die
Fehlerüberwachung antworten aus diesen Aufzeichnungen. Über diese API angelegte, geänderte
und gelöschte Produkte werden an die aktiven Ereignisabonnements gesendet, mit ihrem Secret
signiert, und in die Ereignisprotokolle geschrieben. Ereignisanfragen und der „Test“ einer
URL gehen nur an Loopback-Adressen (127.0.0.1, ::1; „localhost“ wird wie bei einem PIM
am Namen abgelehnt), außer mit --webhook-any-host.

Sobald er lauscht, ist die erste Zeile auf der Standardausgabe
  pim-sandbox listening on http://HOST:PORT
SIGTERM oder SIGINT beendet ihn sauber. Ungültige Optionen beenden ihn mit Code 2.

Startdaten (nur bei einem neuen Speicher): „demo“ fügt die Verbindungen erp und
retail_hub (Quellen) und web_shop (Ziel) hinzu, jede mit einem Logo, die verbundene App
content_translator und acht Tage Verlauf (angelegte, geänderte und gelesene Produkte,
fachliche Fehler); retail_hub wird nicht verfolgt; web_shop hat ein aktives Ereignisabonnement an
http://127.0.0.1:8081/akeneo-events und einen Tag Ereignisprotokolle. „empty“ fügt keine hinzu. Rollen,
Benutzergruppen und ein kleiner Katalog (Familien, Attribute und drei Produkte) werden
immer installiert.</translation>
    </message>
    <message>
        <source>Turns the Events API off: every event subscription and event log route answers 404, as on a PIM after its retirement, and product changes send no events.</source>
        <translation>Schaltet die Events API ab: Jede Route der Ereignisabonnements und der Ereignisprotokolle antwortet 404, wie bei einem PIM nach ihrer Abschaltung, und Produktänderungen senden keine Ereignisse.</translation>
    </message>
    <message>
        <source>Lets event requests and the &quot;Test&quot; of a URL go to any host; by default only loopback addresses are contacted and other hosts answer as unreachable.</source>
        <translation>Lässt Ereignisanfragen und den „Test“ einer URL an jeden Host gehen; standardmäßig werden nur Loopback-Adressen kontaktiert, und andere Hosts gelten als nicht erreichbar.</translation>
    </message>
    <message>
        <source>How long an event request may take before it is logged as not answering, in milliseconds (default 500, the PIM&apos;s webhook_timeout).</source>
        <translation>Wie lange eine Ereignisanfrage dauern darf, bevor sie als unbeantwortet protokolliert wird, in Millisekunden (Standard 500, das webhook_timeout des PIM).</translation>
    </message>
    <message>
        <source>--webhook-timeout takes a number of milliseconds from 1 to 600000, not &quot;%1&quot;</source>
        <translation>--webhook-timeout erwartet eine Zahl von Millisekunden zwischen 1 und 600000, nicht „%1“</translation>
    </message>
    <message>
        <source>A request must send all its headers within this many seconds of its first byte, or it is answered 408 and its connection closed (default 20).</source>
        <translation>Eine Anfrage muss alle ihre Header innerhalb so vieler Sekunden nach ihrem ersten Byte senden, sonst wird sie mit 408 beantwortet und ihre Verbindung geschlossen (Standard 20).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary store: %1</source>
        <translation>ein temporärer Speicher kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the store&apos;s settings</source>
        <translation>die Einstellungen des Speichers können nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SecretKey</name>
    <message>
        <source>the password of %1 on %2</source>
        <translation>das Passwort von %1 auf %2</translation>
    </message>
    <message>
        <source>the secret of the connection %1 on %2</source>
        <translation>das Secret der Verbindung %1 auf %2</translation>
    </message>
    <message>
        <source>the password of the connection %1 on %2</source>
        <translation>das Passwort der Verbindung %1 auf %2</translation>
    </message>
    <message>
        <source>the event subscription secret of the connection %1 on %2</source>
        <translation>das Secret des Ereignisabonnements der Verbindung %1 auf %2</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>Nothing is stored for this in this session (no system keychain is available).</source>
        <translation>In dieser Sitzung ist dafür nichts gespeichert (kein Schlüsselbund des Systems verfügbar).</translation>
    </message>
    <message>
        <source>Nothing is stored in the system keychain for this.</source>
        <translation>Im Schlüsselbund des Systems ist dafür nichts gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it, or allow this app to use it, and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Entsperren Sie ihn oder erlauben Sie dieser App, ihn zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for its password: unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Vielleicht ist er gesperrt und wartet auf sein Passwort: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no PIM address or no name given</source>
        <translation>keine PIM-Adresse oder kein Name angegeben</translation>
    </message>
    <message>
        <source>No system keychain is available%1. Passwords and secrets are kept in memory only until the app quits: nothing is written to disk, and you will be asked for them again next time. Install or unlock a keychain (such as GNOME Keyring or KWallet) to keep them.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar%1. Passwörter und Secrets werden nur bis zum Beenden der App im Speicher gehalten: Nichts wird auf die Festplatte geschrieben, und Sie werden beim nächsten Mal erneut danach gefragt. Installieren oder entsperren Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet), um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>R&amp;emember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <source>Use https</source>
        <translation>https verwenden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to your Akeneo PIM</source>
        <translation>Melden Sie sich bei Ihrem Akeneo PIM an</translation>
    </message>
    <message>
        <source>Use a PIM user with the permission “Manage connections settings” to change connections.</source>
        <translation>Verwenden Sie einen PIM-Benutzer mit der Berechtigung „Verbindungseinstellungen verwalten“, um Verbindungen zu ändern.</translation>
    </message>
    <message>
        <source>PIM address</source>
        <translation>PIM-Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Use https instead of http</source>
        <translation>https statt http verwenden</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>PIM &amp;address</source>
        <translation>PIM-&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter your PIM username.</source>
        <translation>Geben Sie Ihren PIM-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The PIM refused this username and password. Check them and try again.</source>
        <translation>Der PIM hat diesen Benutzernamen und dieses Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SignInJob</name>
    <message>
        <source>no sign-in form was found at this address: is it an Akeneo PIM?</source>
        <translation>an dieser Adresse wurde kein Anmeldeformular gefunden: Ist das ein Akeneo PIM?</translation>
    </message>
    <message>
        <source>the PIM answered the sign-in form without redirecting</source>
        <translation>der PIM hat auf das Anmeldeformular ohne Weiterleitung geantwortet</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the media directory %1</source>
        <translation>der Medienordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>TestCredentialsJob</name>
    <message>
        <source>the access token is empty</source>
        <translation>das Zugriffstoken ist leer</translation>
    </message>
</context>
<context>
    <name>UploadImageJob</name>
    <message>
        <source>This file cannot be used as an image (%1). Accepted files: %2.</source>
        <translation>Diese Datei kann nicht als Bild verwendet werden (%1). Erlaubte Dateien: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>the PIM gave an empty file path</source>
        <translation>der PIM hat einen leeren Dateipfad geliefert</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Connection code is required.</source>
        <translation>Der Verbindungscode ist erforderlich.</translation>
    </message>
    <message>
        <source>Connection code may contain only letters, numbers and underscores.</source>
        <translation>Der Verbindungscode darf nur Buchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Connection code is too short. It should have 3 characters or more.</source>
        <translation>Der Verbindungscode ist zu kurz. Er muss mindestens 3 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Connection code is too long. It should have 100 characters or less.</source>
        <translation>Der Verbindungscode ist zu lang. Er darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Connection code must be unique.</source>
        <translation>Der Verbindungscode muss eindeutig sein.</translation>
    </message>
    <message>
        <source>Connection label is required.</source>
        <translation>Die Bezeichnung der Verbindung ist erforderlich.</translation>
    </message>
    <message>
        <source>Connection label is too short. It should have 3 characters or more.</source>
        <translation>Die Bezeichnung der Verbindung ist zu kurz. Sie muss mindestens 3 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Connection label is too long. It should have 100 characters or less.</source>
        <translation>Die Bezeichnung der Verbindung ist zu lang. Sie darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Connection flow type can only be &apos;data_source&apos;, &apos;data_destination&apos; or &apos;other&apos;.</source>
        <translation>Der Flusstyp der Verbindung kann nur &apos;data_source&apos;, &apos;data_destination&apos; oder &apos;other&apos; sein.</translation>
    </message>
    <message>
        <source>The image was not found. Please try again.</source>
        <translation>Das Bild wurde nicht gefunden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The image path is empty. Choose an image again or remove it.</source>
        <translation>Der Bildpfad ist leer. Wählen Sie erneut ein Bild oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The user group was not found. Make sure the specified user group exists.</source>
        <translation>Die Benutzergruppe wurde nicht gefunden. Stellen Sie sicher, dass die angegebene Benutzergruppe existiert.</translation>
    </message>
    <message>
        <source>You reached this PIM&apos;s limit of connections and connected Apps.</source>
        <translation>Sie haben das Limit dieses PIM für Verbindungen und verbundene Apps erreicht.</translation>
    </message>
</context>
<context>
    <name>WebhookErrors</name>
    <message>
        <source>a validation answer is not a JSON object</source>
        <translation>eine Validierungsantwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a validation answer has neither &quot;errors&quot; nor &quot;message&quot;</source>
        <translation>eine Validierungsantwort hat weder „errors“ noch „message“</translation>
    </message>
    <message>
        <source>a validation error is not a JSON object</source>
        <translation>ein Validierungsfehler ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>This value is not a valid URL.</source>
        <translation>Dieser Wert ist keine gültige URL.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>You are trying to update a connection that does not exist.</source>
        <translation>Sie versuchen, eine Verbindung zu ändern, die nicht existiert.</translation>
    </message>
    <message>
        <source>You have reached the limit of active event subscriptions.</source>
        <translation>Sie haben das Limit aktiver Ereignisabonnements erreicht.</translation>
    </message>
    <message>
        <source>This url is not allowed.</source>
        <translation>Diese URL ist nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>An&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Keep Connection Secrets for Offline Use</source>
        <translation>Verbindungs-Secrets für die O&amp;ffline-Nutzung aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Back to the Connections</source>
        <translation>&amp;Zurück zu den Verbindungen</translation>
    </message>
    <message>
        <source>Keeps each connection&apos;s secret in the system keychain, so that its page shows it while the PIM cannot be reached. Turned off, the kept secrets are removed.</source>
        <translation>Bewahrt das Secret jeder Verbindung im Schlüsselbund des Systems auf, damit ihre Seite es anzeigt, solange das PIM nicht erreichbar ist. Ausgeschaltet werden die aufbewahrten Secrets entfernt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The PIM&apos;s address is not valid.</source>
        <translation>Die Adresse des PIM ist nicht gültig.</translation>
    </message>
    <message>
        <source>Working offline: changes are made on the PIM, so they are not possible now.</source>
        <translation>Offline-Betrieb: Änderungen werden auf dem PIM vorgenommen und sind daher gerade nicht möglich.</translation>
    </message>
    <message>
        <source>Connecting to the PIM… Changes are possible once it has answered.</source>
        <translation>Verbindung zum PIM wird hergestellt… Änderungen sind möglich, sobald er geantwortet hat.</translation>
    </message>
    <message>
        <source>Sign in to the PIM to make changes.</source>
        <translation>Melden Sie sich beim PIM an, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The PIM cannot be reached (%1). Changes are possible again once it answers.</source>
        <translation>Der PIM ist nicht erreichbar (%1). Änderungen sind wieder möglich, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The connection %1 is not in the offline copy, and the PIM cannot be reached to read it.</source>
        <translation>Die Verbindung %1 ist nicht in der Offline-Kopie, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The roles and groups of this PIM have not been read yet, and the PIM cannot be reached to read them.</source>
        <translation>Die Rollen und Gruppen dieses PIM wurden noch nicht gelesen, und der PIM ist nicht erreichbar, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>WrongCredentials</name>
    <message>
        <source>expected a map of connections, got a non-empty array</source>
        <translation>eine Zuordnung von Verbindungen wurde erwartet, ein nicht leeres Array kam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON object</source>
        <translation>„%1“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;users&quot; of &quot;%1&quot; is not an array</source>
        <translation>„users“ von „%1“ ist kein Array</translation>
    </message>
    <message>
        <source>a user of &quot;%1&quot; is not a JSON object</source>
        <translation>ein Benutzer von „%1“ ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;pim-sandbox --help&apos; for more information.</source>
        <translation>„pim-sandbox --help“ zeigt weitere Informationen.</translation>
    </message>
</context>
</TS>
