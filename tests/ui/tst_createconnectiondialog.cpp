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

// A CreateConnectionDialog and its controls.
struct Fixture
{
    CreateConnectionDialog dialog;
    const Controls ui{dialog};
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
        Fixture f;
        QCOMPARE(f.dialog.flowType(), FlowType::Source); // docs/pim-api.md §3
        QVERIFY(f.ui.flowType->button(FlowType::Source)->isChecked());
        QVERIFY(f.ui.flowType->warning().isEmpty());
        QVERIFY(!f.ui.save->isEnabled());
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
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, label);
        QCOMPARE(f.ui.code->text(), code);
        QVERIFY(f.dialog.codeFollowsLabel());
    }

    void codeStaysOnceEditedByHand()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, "Magento");
        typeInto(f.ui.code, "_eu");
        QCOMPARE(f.ui.code->text(), QStringLiteral("magento_eu"));
        QVERIFY(!f.dialog.codeFollowsLabel());
        typeInto(f.ui.label, " 2");
        QCOMPARE(f.ui.label->text(), QStringLiteral("Magento 2"));
        QCOMPARE(f.ui.code->text(), QStringLiteral("magento_eu"));
    }

    void emptyingTheCodeByHandGivesItBackToTheLabel()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, "Magento");
        typeInto(f.ui.code, "_eu");
        clearByHand(f.ui.code);
        QVERIFY(f.dialog.codeFollowsLabel());
        QVERIFY(f.ui.code->text().isEmpty()); // not refilled behind the user's back
        typeInto(f.ui.label, " EU");
        QCOMPARE(f.ui.code->text(), QStringLiteral("magentoeu"));
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
        Fixture f;
        QVERIFY(showActive(f.dialog));
        QLineEdit *edit = field == "label" ? f.ui.label : f.ui.code;
        QLineEdit *other = field == "label" ? f.ui.code : f.ui.label;
        if (field == "code")
            typeInto(f.ui.label, "A valid label");
        if (field == "code")
            clearByHand(f.ui.code);
        typeInto(edit, typed);
        // Still typing: no nagging yet.
        QVERIFY(f.dialog.shownError(field).isEmpty());
        QVERIFY(!f.ui.save->isEnabled());
        other->setFocus(); // leaves the field
        QCOMPARE(f.dialog.shownError(field), ValidationKeys::message(reason));
        QVERIFY(!f.ui.save->isEnabled());
    }

    void mistakesTypingCannotFixShowAtOnce()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, "Magento");
        typeInto(f.ui.code, "-eu");
        QCOMPARE(f.dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeInvalid()));
        QVERIFY(!f.ui.save->isEnabled());
    }

    void derivedCodeErrorWaitsForTheLabel()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        // "a  b" is a valid label (4 characters) whose code, "ab", is too short.
        typeInto(f.ui.label, "a  b");
        f.ui.flowType->button(FlowType::Source)->setFocus();
        QVERIFY(f.dialog.shownError("label").isEmpty());
        QCOMPARE(f.dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeTooShort()));
        // A label that is itself wrong reports once, on the label.
        clearByHand(f.ui.label);
        typeInto(f.ui.label, "a");
        f.ui.flowType->button(FlowType::Source)->setFocus();
        QCOMPARE(f.dialog.shownError("label"),
                 ValidationKeys::message(ValidationKeys::labelTooShort()));
        QVERIFY(f.dialog.shownError("code").isEmpty());
    }

    void saveEmitsTheTrimmedRequest()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        QSignalSpy spy(&f.dialog, &CreateConnectionDialog::createRequested);
        typeInto(f.ui.label, "  Magento 2 ");
        f.ui.flowType->button(FlowType::Destination)->click();
        QVERIFY(f.dialog.isValid());
        QVERIFY(f.ui.save->isEnabled());
        QTest::mouseClick(f.ui.save, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("magento2"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("Magento 2"));
        QCOMPARE(spy.first().at(2).value<FlowType>(), FlowType::Destination);
        QVERIFY(f.dialog.isVisible()); // the caller closes it once the PIM said yes
    }

    void enterSavesAndEscapeCancels()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        QSignalSpy spy(&f.dialog, &CreateConnectionDialog::createRequested);
        typeInto(f.ui.label, "Bynder");
        QTest::keyClick(f.ui.label, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(f.ui.label, Qt::Key_Escape);
        QVERIFY(!f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
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
        Fixture f;
        QVERIFY(f.ui.flowType->warning().isEmpty());
        f.ui.flowType->button(FlowType::Other)->click();
        QCOMPARE(f.dialog.flowType(), FlowType::Other);
        QVERIFY(f.ui.flowType->warning().contains("not be monitored"));
        f.ui.flowType->button(FlowType::Destination)->click();
        QVERIFY(f.ui.flowType->warning().isEmpty());
    }

    void serverErrorsGoOnTheirFields()
    {
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, "ERP");
        f.dialog.setServerErrors(validation({{"", ValidationKeys::limitReached()},
                                             {"code", ValidationKeys::codeMustBeUnique()},
                                             {"flowType", ValidationKeys::flowTypeInvalid()}}));
        QCOMPARE(f.dialog.shownError(""), ValidationKeys::message(ValidationKeys::limitReached()));
        QCOMPARE(f.dialog.shownError("code"),
                 ValidationKeys::message(ValidationKeys::codeMustBeUnique()));
        QCOMPARE(f.dialog.shownError("flowType"),
                 ValidationKeys::message(ValidationKeys::flowTypeInvalid()));
        QVERIFY(f.dialog.shownError("label").isEmpty());
        // Editing the field takes its server error away; the limit stays on the form.
        typeInto(f.ui.code, "_2");
        QVERIFY(f.dialog.shownError("code").isEmpty());
        QVERIFY(!f.dialog.shownError("").isEmpty());
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
        Fixture f;
        QVERIFY(showActive(f.dialog));
        typeInto(f.ui.label, "Bynder");
        QSignalSpy spy(&f.dialog, &CreateConnectionDialog::createRequested);
        f.dialog.setBusy(true);
        QVERIFY(!f.ui.save->isEnabled());
        QVERIFY(!f.ui.label->isEnabled());
        f.dialog.save();
        QCOMPARE(spy.count(), 0);
        f.dialog.setBusy(false);
        QVERIFY(f.ui.save->isEnabled());
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
