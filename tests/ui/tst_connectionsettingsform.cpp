#include "Children.h"
#include "connection/ConnectionSettingsForm.h"
#include "domain/ApiError.h"
#include "widgets/FlowTypeChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionDetails details(FlowType flowType = FlowType::Destination, bool auditable = true)
{
    ConnectionDetails d;
    d.connection.code = "magento";
    d.connection.label = "Magento";
    d.connection.flowType = flowType;
    d.connection.auditable = auditable;
    d.connection.image = "a/b/c/d/1f2e_magento.png";
    d.credentials = {"3_abc", "secret", "magento_0427", std::nullopt};
    d.userRoleId = "1";
    d.userGroupId = "3";
    return d;
}

QList<UserRole> roles()
{
    return {{"1", "ROLE_USER", "User", "default"},
            {"2", "ROLE_ADMINISTRATOR", "Administrator", "default"},
            {"4", "ROLE_API", "API connector", "api"}};
}

QList<UserGroup> groups()
{
    return {{"3", "All", true}, {"5", "IT support", false}};
}

void loadForm(ConnectionSettingsForm &form, const ConnectionDetails &d = details())
{
    form.setRoles(roles());
    form.setGroups(groups());
    form.setDetails(d);
}

// The form's controls, found by the names they are given.
struct Controls
{
    explicit Controls(const QWidget &form)
        : code(child<QLineEdit>(&form, QStringLiteral("code")))
        , label(child<QLineEdit>(&form, QStringLiteral("label")))
        , flowType(child<FlowTypeChooser>(&form, QStringLiteral("flowType")))
        , auditable(child<QCheckBox>(&form, QStringLiteral("auditable")))
        , role(child<QComboBox>(&form, QStringLiteral("role")))
        , group(child<QComboBox>(&form, QStringLiteral("group")))
        , chooseImage(child<QPushButton>(&form, QStringLiteral("chooseImage")))
        , removeImage(child<QPushButton>(&form, QStringLiteral("removeImage")))
        , preview(child<QLabel>(&form, QStringLiteral("imagePreview")))
    {}

    QLineEdit *code;
    QLineEdit *label;
    FlowTypeChooser *flowType;
    QCheckBox *auditable;
    QComboBox *role;
    QComboBox *group;
    QPushButton *chooseImage;
    QPushButton *removeImage;
    QLabel *preview;
};

ApiError validation(const FieldErrors &errors)
{
    ApiError error = ApiError::make(ApiError::Kind::Validation, 422);
    error.fieldErrors = errors;
    return error;
}

} // namespace

class TestConnectionSettingsForm : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLoadedConnection()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QCOMPARE(ui.code->text(), QStringLiteral("magento"));
        QVERIFY(ui.code->isReadOnly());
        QCOMPARE(ui.label->text(), QStringLiteral("Magento"));
        QCOMPARE(ui.flowType->flowType(), FlowType::Destination);
        QVERIFY(ui.auditable->isChecked());
        QCOMPARE(ui.role->currentText(), QStringLiteral("User"));
        QCOMPARE(ui.group->currentText(), QStringLiteral("All"));
        QVERIFY(!form.isModified());
        QVERIFY(!form.unsavedNoticeShown());
        QCOMPARE(form.update(), ConnectionUpdate::from(details()));
    }

    void changesAreTracked_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("label") << 0;
        QTest::newRow("flow type") << 1;
        QTest::newRow("auditable") << 2;
        QTest::newRow("role") << 3;
        QTest::newRow("group") << 4;
        QTest::newRow("image removed") << 5;
    }

    void changesAreTracked()
    {
        QFETCH(int, change);
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QSignalSpy spy(&form, &ConnectionSettingsForm::modifiedChanged);
        ConnectionUpdate expected = ConnectionUpdate::from(details());
        auto apply = [&](bool forward) {
            switch (change) {
            case 0:
                ui.label->setText(forward ? "Magento 2" : "Magento");
                emit ui.label->textEdited(ui.label->text());
                expected.label = "Magento 2";
                break;
            case 1:
                ui.flowType->button(forward ? FlowType::Source : FlowType::Destination)->click();
                expected.flowType = FlowType::Source;
                break;
            case 2:
                ui.auditable->click();
                expected.auditable = false;
                break;
            case 3:
                ui.role->setCurrentIndex(forward ? 2 : 0);
                expected.userRoleId = "4";
                break;
            case 4:
                ui.group->setCurrentIndex(forward ? 0 : 1); // "None", then "All"
                expected.userGroupId = std::nullopt;
                break;
            case 5:
                if (forward)
                    ui.removeImage->click();
                else
                    form.revert();
                expected.image.clear();
                break;
            }
        };
        apply(true);
        QVERIFY(form.isModified());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY(form.unsavedNoticeShown());
        QCOMPARE(form.update(), expected);

        apply(false); // back to the loaded value: nothing to save
        QVERIFY(!form.isModified());
        QCOMPARE(spy.count(), 2);
        QVERIFY(!form.unsavedNoticeShown());
    }

    void markSavedMakesTheChangesTheReference()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        ui.label->setText("Magento 2");
        emit ui.label->textEdited(ui.label->text());
        QVERIFY(form.isModified());
        form.markSaved();
        QVERIFY(!form.isModified());
        QCOMPARE(form.update().label, QStringLiteral("Magento 2"));
        form.revert();
        QCOMPARE(ui.label->text(), QStringLiteral("Magento 2"));
    }

    void auditableIsOffAndDisabledForOther()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QVERIFY(ui.auditable->isEnabled());
        ui.flowType->button(FlowType::Other)->click();
        QVERIFY(!ui.auditable->isChecked());
        QVERIFY(!ui.auditable->isEnabled());
        QCOMPARE(form.update().auditable, false);
        // The choice comes back with another flow type.
        ui.flowType->button(FlowType::Source)->click();
        QVERIFY(ui.auditable->isChecked());
        QVERIFY(ui.auditable->isEnabled());
    }

    void otherLoadedAsAuditableIsNotAChange()
    {
        // The server does not enforce the rule (docs/pim-api.md §3): the form shows it off
        // without calling that a change of the user's, and sends it off.
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form, details(FlowType::Other, true));
        QVERIFY(!ui.auditable->isChecked());
        QVERIFY(!form.isModified());
        QCOMPARE(form.update().auditable, false);
    }

    void warnsAboutDefaultRoleAndGroup()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QVERIFY(form.shownMessage("userRole").contains("default role"));
        QVERIFY(form.shownMessage("userGroup").contains("“All”"));
        ui.role->setCurrentIndex(2);
        QVERIFY(form.shownMessage("userRole").isEmpty());
        ui.group->setCurrentIndex(ui.group->findText("IT support"));
        QVERIFY(form.shownMessage("userGroup").isEmpty());
        ui.group->setCurrentIndex(0); // none: no warning either
        QVERIFY(form.shownMessage("userGroup").isEmpty());
        QCOMPARE(form.update().userGroupId, std::nullopt);
    }

    void listsArrivingLateKeepTheChoice()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        ConnectionDetails d = details();
        d.userRoleId = "4";
        d.userGroupId = std::nullopt;
        form.setDetails(d); // before the lists
        QCOMPARE(form.update().userRoleId, QStringLiteral("4"));
        form.setRoles(roles());
        form.setGroups(groups());
        QCOMPARE(ui.role->currentText(), QStringLiteral("API connector"));
        QCOMPARE(ui.group->currentIndex(), 0);
        QVERIFY(!form.isModified());
    }

    void unknownRoleIsKept()
    {
        ConnectionSettingsForm form;
        ConnectionDetails d = details();
        d.userRoleId = "9";
        loadForm(form, d);
        QCOMPARE(form.update().userRoleId, QStringLiteral("9"));
        QVERIFY(!form.isModified());
    }

    void labelRulesShowOnceTouched()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QSignalSpy validity(&form, &ConnectionSettingsForm::validityChanged);
        ui.label->setFocus();
        ui.label->selectAll();
        QTest::keyClicks(ui.label, "ab");
        QVERIFY(!form.isValid());
        QCOMPARE(validity.count(), 1);
        QVERIFY(form.shownMessage("label").isEmpty()); // still typing
        ui.role->setFocus();
        QCOMPARE(form.shownMessage("label"),
                 ValidationKeys::message(ValidationKeys::labelTooShort()));
    }

    void serverErrorsGoOnTheirFields()
    {
        ConnectionSettingsForm form;
        loadForm(form);
        form.setServerErrors(validation({{"label", ValidationKeys::labelTooLong()},
                                         {"flowType", ValidationKeys::flowTypeInvalid()},
                                         {"image", ValidationKeys::imageMustExist()},
                                         {"userGroup", ValidationKeys::userGroupMustExist()},
                                         {"", "Role with id \"9\" not found."}}));
        QCOMPARE(form.shownMessage("label"),
                 ValidationKeys::message(ValidationKeys::labelTooLong()));
        QCOMPARE(form.shownMessage("flowType"),
                 ValidationKeys::message(ValidationKeys::flowTypeInvalid()));
        QCOMPARE(form.shownMessage("image"),
                 ValidationKeys::message(ValidationKeys::imageMustExist()));
        QCOMPARE(form.shownMessage("userGroup"),
                 ValidationKeys::message(ValidationKeys::userGroupMustExist()));
        QCOMPARE(form.shownMessage(""), QStringLiteral("Role with id \"9\" not found."));
        form.clearServerErrors();
        QVERIFY(form.shownMessage("").isEmpty());
        QVERIFY(form.shownMessage("label").isEmpty());
    }

    void readOnlySaysWhy()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        form.setWriteEnabled(false, "Offline: changes cannot be saved.");
        QVERIFY(ui.label->isReadOnly());
        QVERIFY(!ui.flowType->isEnabled());
        QVERIFY(!ui.auditable->isEnabled());
        QVERIFY(!ui.role->isEnabled());
        QVERIFY(!ui.group->isEnabled());
        QVERIFY(!ui.chooseImage->isEnabled());
        QCOMPARE(ui.role->toolTip(), QStringLiteral("Offline: changes cannot be saved."));
        form.setWriteEnabled(true);
        QVERIFY(!ui.label->isReadOnly());
        QVERIFY(ui.role->isEnabled());
    }

    void badImageFileIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage named .png")
            << "logo.png" << QByteArray("\x13\x37 this is not a picture \x00\xff", 28)
            << "not a picture";
        QTest::newRow("empty .jpg") << "logo.jpg" << QByteArray() << "not a picture";
        QTest::newRow("text file") << "notes.txt" << QByteArray("hello") << "not an accepted";
    }

    void badImageFileIsRefusedWithAMessage()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        ConnectionSettingsForm form;
        loadForm(form);
        QSignalSpy rejected(&form, &ConnectionSettingsForm::imageRejected);
        QSignalSpy chosen(&form, &ConnectionSettingsForm::imageChosen);
        form.chooseImageFile(path);
        // Decoding runs in the thread pool: nothing is known when the call returns.
        QCOMPARE(rejected.count(), 0);
        QVERIFY(rejected.wait(5000));
        QCOMPARE(chosen.count(), 0);
        QVERIFY2(form.shownMessage("image").contains(says), qPrintable(form.shownMessage("image")));
        QVERIFY(!form.isModified());
        QCOMPARE(form.update().image, details().connection.image);
    }

    void goodImageIsPreviewedAndHandedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("logo.png");
        QImage picture(300, 150, QImage::Format_ARGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(path));

        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QSignalSpy chosen(&form, &ConnectionSettingsForm::imageChosen);
        form.chooseImageFile(path);
        QVERIFY(chosen.wait(5000));
        QCOMPARE(chosen.first().first().toString(), path);
        QVERIFY(form.isImagePending());
        QVERIFY(!ui.chooseImage->isEnabled()); // one upload at a time
        QVERIFY(!form.isModified());           // nothing to save until the PIM has the file

        form.setImagePath("e/f/0/1/abc_logo.png");
        QVERIFY(!form.isImagePending());
        QVERIFY(form.isModified());
        QCOMPARE(form.update().image, QStringLiteral("e/f/0/1/abc_logo.png"));
    }

    void failedUploadKeepsTheImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("logo.bmp");
        QImage picture(16, 16, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(path, "BMP"));

        ConnectionSettingsForm form;
        const Controls ui(form);
        loadForm(form);
        QSignalSpy chosen(&form, &ConnectionSettingsForm::imageChosen);
        form.chooseImageFile(path);
        QVERIFY(chosen.wait(5000));
        form.setImageError("The PIM refused the file.");
        QCOMPARE(form.shownMessage("image"), QStringLiteral("The PIM refused the file."));
        QVERIFY(!form.isModified());
        QVERIFY(ui.chooseImage->isEnabled());
    }

    void previewShowsALogoOrThePlaceholder()
    {
        ConnectionSettingsForm form;
        const Controls ui(form);
        ConnectionDetails d = details();
        d.connection.image.clear();
        loadForm(form, d);
        QVERIFY(!ui.preview->pixmap().isNull());
        QVERIFY(ui.preview->toolTip().contains("initials"));
        form.setDetails(details());
        QImage logo(64, 64, QImage::Format_ARGB32);
        logo.fill(Qt::blue);
        form.setLogo(logo);
        QCOMPARE(ui.preview->toolTip(), QStringLiteral("The connection's image"));
        QVERIFY(!ui.removeImage->isHidden());
    }
};

QTEST_MAIN(TestConnectionSettingsForm)
#include "tst_connectionsettingsform.moc"
