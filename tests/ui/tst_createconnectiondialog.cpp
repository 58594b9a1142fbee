#include "Children.h"
#include "dialogs/CreateConnectionDialog.h"
#include "domain/ApiError.h"
#include "domain/ConnectionRules.h"
#include "widgets/FlowTypeChooser.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

namespace {

// The dialog's controls, found by the names they are given.
struct Controls
{
    explicit Controls(const QWidget &dialog)
        : label(child<QLineEdit>(&dialog, QStringLiteral("label")))
        , code(child<QLineEdit>(&dialog, QStringLiteral("code")))
        , flowType(child<FlowTypeChooser>(&dialog, QStringLiteral("flowType")))
        , save(child<QPushButton>(&dialog, QStringLiteral("saveButton")))
    {}

    QLineEdit *label;
    QLineEdit *code;
    FlowTypeChooser *flowType;
    QPushButton *save;
};

} // namespace

class TestCreateConnectionDialog : public QObject
{
    Q_OBJECT

private:
    // Shows the dialog and waits until it is active, so that focus changes (leaving a field)
    // happen as they do for a user.
    static bool showActive(CreateConnectionDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow(); // also without a window manager (Xvfb)
        return QTest::qWaitForWindowActive(&dialog);
    }

    // QTest::keyClicks takes ASCII only: other characters go as key events with their text.
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        for (const QChar ch : text) {
            if (ch.unicode() < 128) {
                QTest::keyClick(edit, ch.toLatin1());
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(edit, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(edit, &release);
        }
    }

    static void clearByHand(QLineEdit *edit)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }

    static ApiError validation(const FieldErrors &errors)
    {
        ApiError error = ApiError::make(ApiError::Kind::Validation, 422);
        error.fieldErrors = errors;
        return error;
    }

private slots:
    void sourceIsPreselected()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QCOMPARE(dialog.flowType(), FlowType::Source); // docs/pim-api.md §3
        QVERIFY(ui.flowType->button(FlowType::Source)->isChecked());
        QVERIFY(ui.flowType->warning().isEmpty());
        QVERIFY(!ui.save->isEnabled());
    }

    void codeFollowsTheLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("code");
        // Contract section 3's examples.
        QTest::newRow("spaces removed") << "Magento 2 - Prod"
                                        << "magento2_prod";
        QTest::newRow("accents") << "Café Süd"
                                 << "caf_s_d";
        QTest::newRow("punctuation") << "ERP/SAP (v2)"
                                     << "erp_sap_v2_";
        QTest::newRow("plain") << "Bynder"
                               << "bynder";
    }

    void codeFollowsTheLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, code);
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, label);
        QCOMPARE(ui.code->text(), code);
        QVERIFY(dialog.codeFollowsLabel());
    }

    void codeStaysOnceEditedByHand()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, "Magento");
        typeInto(ui.code, "_eu");
        QCOMPARE(ui.code->text(), QStringLiteral("magento_eu"));
        QVERIFY(!dialog.codeFollowsLabel());
        typeInto(ui.label, " 2");
        QCOMPARE(ui.label->text(), QStringLiteral("Magento 2"));
        QCOMPARE(ui.code->text(), QStringLiteral("magento_eu"));
    }

    void emptyingTheCodeByHandGivesItBackToTheLabel()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, "Magento");
        typeInto(ui.code, "_eu");
        clearByHand(ui.code);
        QVERIFY(dialog.codeFollowsLabel());
        QVERIFY(ui.code->text().isEmpty()); // not refilled behind the user's back
        typeInto(ui.label, " EU");
        QCOMPARE(ui.code->text(), QStringLiteral("magentoeu"));
    }

    void errorShowsOnItsFieldOnceTouched_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("label too short") << "label"
                                         << "ab" << ValidationKeys::labelTooShort();
        QTest::newRow("label blank") << "label"
                                     << "   " << ValidationKeys::labelRequired();
        QTest::newRow("code too short") << "code"
                                        << "ab" << ValidationKeys::codeTooShort();
    }

    void errorShowsOnItsFieldOnceTouched()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        QLineEdit *edit = field == "label" ? ui.label : ui.code;
        QLineEdit *other = field == "label" ? ui.code : ui.label;
        if (field == "code")
            typeInto(ui.label, "A valid label");
        if (field == "code")
            clearByHand(ui.code);
        typeInto(edit, typed);
        // Still typing: no nagging yet.
        QVERIFY(dialog.shownError(field).isEmpty());
        QVERIFY(!ui.save->isEnabled());
        other->setFocus(); // leaves the field
        QCOMPARE(dialog.shownError(field), ValidationKeys::message(reason));
        QVERIFY(!ui.save->isEnabled());
    }

    void mistakesTypingCannotFixShowAtOnce()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, "Magento");
        typeInto(ui.code, "-eu");
        QCOMPARE(dialog.shownError("code"), ValidationKeys::message(ValidationKeys::codeInvalid()));
        QVERIFY(!ui.save->isEnabled());
    }

    void derivedCodeErrorWaitsForTheLabel()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        // "a  b" is a valid label (4 characters) whose code, "ab", is too short.
        typeInto(ui.label, "a  b");
        ui.flowType->button(FlowType::Source)->setFocus();
        QVERIFY(dialog.shownError("label").isEmpty());
        QCOMPARE(dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeTooShort()));
        // A label that is itself wrong reports once, on the label.
        clearByHand(ui.label);
        typeInto(ui.label, "a");
        ui.flowType->button(FlowType::Source)->setFocus();
        QCOMPARE(dialog.shownError("label"),
                 ValidationKeys::message(ValidationKeys::labelTooShort()));
        QVERIFY(dialog.shownError("code").isEmpty());
    }

    void saveEmitsTheTrimmedRequest()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        typeInto(ui.label, "  Magento 2 ");
        ui.flowType->button(FlowType::Destination)->click();
        QVERIFY(dialog.isValid());
        QVERIFY(ui.save->isEnabled());
        QTest::mouseClick(ui.save, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("magento2"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("Magento 2"));
        QCOMPARE(spy.first().at(2).value<FlowType>(), FlowType::Destination);
        QVERIFY(dialog.isVisible()); // the caller closes it once the PIM said yes
    }

    void enterSavesAndEscapeCancels()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        typeInto(ui.label, "Bynder");
        QTest::keyClick(ui.label, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(ui.label, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void invalidFormDoesNotSave()
    {
        CreateConnectionDialog dialog;
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        dialog.save();
        QCOMPARE(spy.count(), 0);
        // Trying to save shows every error.
        QCOMPARE(dialog.shownError("label"),
                 ValidationKeys::message(ValidationKeys::labelRequired()));
    }

    void otherShowsItsWarning()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(ui.flowType->warning().isEmpty());
        ui.flowType->button(FlowType::Other)->click();
        QCOMPARE(dialog.flowType(), FlowType::Other);
        QVERIFY(ui.flowType->warning().contains("not be monitored"));
        ui.flowType->button(FlowType::Destination)->click();
        QVERIFY(ui.flowType->warning().isEmpty());
    }

    void serverErrorsGoOnTheirFields()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, "ERP");
        dialog.setServerErrors(validation({{"", ValidationKeys::limitReached()},
                                           {"code", ValidationKeys::codeMustBeUnique()},
                                           {"flowType", ValidationKeys::flowTypeInvalid()}}));
        QCOMPARE(dialog.shownError(""), ValidationKeys::message(ValidationKeys::limitReached()));
        QCOMPARE(dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeMustBeUnique()));
        QCOMPARE(dialog.shownError("flowType"),
                 ValidationKeys::message(ValidationKeys::flowTypeInvalid()));
        QVERIFY(dialog.shownError("label").isEmpty());
        // Editing the field takes its server error away; the limit stays on the form.
        typeInto(ui.code, "_2");
        QVERIFY(dialog.shownError("code").isEmpty());
        QVERIFY(!dialog.shownError("").isEmpty());
    }

    void otherFailuresShowAboveTheForm()
    {
        CreateConnectionDialog dialog;
        const ApiError error = ApiError::make(ApiError::Kind::Forbidden, 403);
        dialog.setServerErrors(error);
        QCOMPARE(dialog.shownError(""), error.message());
        dialog.clearServerErrors();
        QVERIFY(dialog.shownError("").isEmpty());
    }

    void busyDisablesSaving()
    {
        CreateConnectionDialog dialog;
        const Controls ui(dialog);
        QVERIFY(showActive(dialog));
        typeInto(ui.label, "Bynder");
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        dialog.setBusy(true);
        QVERIFY(!ui.save->isEnabled());
        QVERIFY(!ui.label->isEnabled());
        dialog.save();
        QCOMPARE(spy.count(), 0);
        dialog.setBusy(false);
        QVERIFY(ui.save->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        CreateConnectionDialog dialog;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (widget->isHidden())
                continue; // e.g. the message bar's action, named when it gets a text
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestCreateConnectionDialog)
#include "tst_createconnectiondialog.moc"
