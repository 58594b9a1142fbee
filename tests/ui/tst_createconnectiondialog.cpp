#include "domain/ApiError.h"
#include "domain/ConnectionRules.h"
#include "dialogs/CreateConnectionDialog.h"
#include "widgets/FlowTypeChooser.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

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
        QCOMPARE(dialog.flowType(), FlowType::Source); // docs/pim-api.md §3
        QVERIFY(dialog.flowTypeChooser()->button(FlowType::Source)->isChecked());
        QVERIFY(dialog.flowTypeChooser()->warning().isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void codeFollowsTheLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("code");
        // docs/pim-api.md §3's examples.
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
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), label);
        QCOMPARE(dialog.codeEdit()->text(), code);
        QVERIFY(dialog.codeFollowsLabel());
    }

    void codeStaysOnceEditedByHand()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), "Magento");
        typeInto(dialog.codeEdit(), "_eu");
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("magento_eu"));
        QVERIFY(!dialog.codeFollowsLabel());
        typeInto(dialog.labelEdit(), " 2");
        QCOMPARE(dialog.labelEdit()->text(), QStringLiteral("Magento 2"));
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("magento_eu"));
    }

    void emptyingTheCodeByHandGivesItBackToTheLabel()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), "Magento");
        typeInto(dialog.codeEdit(), "_eu");
        clearByHand(dialog.codeEdit());
        QVERIFY(dialog.codeFollowsLabel());
        QVERIFY(dialog.codeEdit()->text().isEmpty()); // not refilled behind the user's back
        typeInto(dialog.labelEdit(), " EU");
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("magentoeu"));
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
        QVERIFY(showActive(dialog));
        QLineEdit *edit = field == "label" ? dialog.labelEdit() : dialog.codeEdit();
        QLineEdit *other = field == "label" ? dialog.codeEdit() : dialog.labelEdit();
        if (field == "code")
            typeInto(dialog.labelEdit(), "A valid label");
        if (field == "code")
            clearByHand(dialog.codeEdit());
        typeInto(edit, typed);
        // Still typing: no nagging yet.
        QVERIFY(dialog.shownError(field).isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
        other->setFocus(); // leaves the field
        QCOMPARE(dialog.shownError(field), ValidationKeys::message(reason));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void mistakesTypingCannotFixShowAtOnce()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), "Magento");
        typeInto(dialog.codeEdit(), "-eu");
        QCOMPARE(dialog.shownError("code"), ValidationKeys::message(ValidationKeys::codeInvalid()));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void derivedCodeErrorWaitsForTheLabel()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        // "a  b" is a valid label (4 characters) whose code, "ab", is too short.
        typeInto(dialog.labelEdit(), "a  b");
        dialog.flowTypeChooser()->button(FlowType::Source)->setFocus();
        QVERIFY(dialog.shownError("label").isEmpty());
        QCOMPARE(dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeTooShort()));
        // A label that is itself wrong reports once, on the label.
        clearByHand(dialog.labelEdit());
        typeInto(dialog.labelEdit(), "a");
        dialog.flowTypeChooser()->button(FlowType::Source)->setFocus();
        QCOMPARE(dialog.shownError("label"),
                 ValidationKeys::message(ValidationKeys::labelTooShort()));
        QVERIFY(dialog.shownError("code").isEmpty());
    }

    void saveEmitsTheTrimmedRequest()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        typeInto(dialog.labelEdit(), "  Magento 2 ");
        dialog.flowTypeChooser()->button(FlowType::Destination)->click();
        QVERIFY(dialog.isValid());
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("magento2"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("Magento 2"));
        QCOMPARE(spy.first().at(2).value<FlowType>(), FlowType::Destination);
        QVERIFY(dialog.isVisible()); // the caller closes it once the PIM said yes
    }

    void enterSavesAndEscapeCancels()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        typeInto(dialog.labelEdit(), "Bynder");
        QTest::keyClick(dialog.labelEdit(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(dialog.labelEdit(), Qt::Key_Escape);
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
        QVERIFY(dialog.flowTypeChooser()->warning().isEmpty());
        dialog.flowTypeChooser()->button(FlowType::Other)->click();
        QCOMPARE(dialog.flowType(), FlowType::Other);
        QVERIFY(dialog.flowTypeChooser()->warning().contains("not be monitored"));
        dialog.flowTypeChooser()->button(FlowType::Destination)->click();
        QVERIFY(dialog.flowTypeChooser()->warning().isEmpty());
    }

    void serverErrorsGoOnTheirFields()
    {
        CreateConnectionDialog dialog;
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), "ERP");
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
        typeInto(dialog.codeEdit(), "_2");
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
        QVERIFY(showActive(dialog));
        typeInto(dialog.labelEdit(), "Bynder");
        QSignalSpy spy(&dialog, &CreateConnectionDialog::createRequested);
        dialog.setBusy(true);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.labelEdit()->isEnabled());
        dialog.save();
        QCOMPARE(spy.count(), 0);
        dialog.setBusy(false);
        QVERIFY(dialog.saveButton()->isEnabled());
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
