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

// A picture of this size written to `path` (in `format`, or the one its suffix names).
bool writePicture(const QString &path, QSize size, const char *format = nullptr)
{
    QImage picture(size, QImage::Format_ARGB32);
    picture.fill(Qt::darkCyan);
    return picture.save(path, format);
}

// The file chosen, as "Choose…" does once it is picked: the path the form hands over for upload
// once the file is decoded (off the GUI thread), empty when it does not.
QString handedOver(ConnectionSettingsForm &form, const QString &path)
{
    QSignalSpy chosen(&form, &ConnectionSettingsForm::imageChosen);
    form.chooseImageFile(path);
    if (!chosen.wait(5000))
        return QString();
    return chosen.first().first().toString();
}

ApiError validation(const FieldErrors &errors)
{
    ApiError error = ApiError::make(ApiError::Kind::Validation, 422);
    error.fieldErrors = errors;
    return error;
}

// A ConnectionSettingsForm and its controls.
struct Fixture
{
    ConnectionSettingsForm form;
    const Controls ui{form};
};

} // namespace

class TestConnectionSettingsForm : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLoadedConnection()
    {
        Fixture f;
        loadForm(f.form);
        QCOMPARE(f.ui.code->text(), QStringLiteral("magento"));
        QVERIFY(f.ui.code->isReadOnly());
        QCOMPARE(f.ui.label->text(), QStringLiteral("Magento"));
        QCOMPARE(f.ui.flowType->flowType(), FlowType::Destination);
        QVERIFY(f.ui.auditable->isChecked());
        QCOMPARE(f.ui.role->currentText(), QStringLiteral("User"));
        QCOMPARE(f.ui.group->currentText(), QStringLiteral("All"));
        QVERIFY(!f.form.isModified());
        QVERIFY(!f.form.unsavedNoticeShown());
        QCOMPARE(f.form.update(), ConnectionUpdate::from(details()));
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
        Fixture f;
        loadForm(f.form);
        QSignalSpy spy(&f.form, &ConnectionSettingsForm::modifiedChanged);
        ConnectionUpdate expected = ConnectionUpdate::from(details());
        auto apply = [&](bool forward) {
            switch (change) {
            case 0:
                f.ui.label->setText(forward ? "Magento 2" : "Magento");
                emit f.ui.label->textEdited(f.ui.label->text());
                expected.label = "Magento 2";
                break;
            case 1:
                f.ui.flowType->button(forward ? FlowType::Source : FlowType::Destination)->click();
                expected.flowType = FlowType::Source;
                break;
            case 2:
                f.ui.auditable->click();
                expected.auditable = false;
                break;
            case 3:
                f.ui.role->setCurrentIndex(forward ? 2 : 0);
                expected.userRoleId = "4";
                break;
            case 4:
                f.ui.group->setCurrentIndex(forward ? 0 : 1); // "None", then "All"
                expected.userGroupId = std::nullopt;
                break;
            case 5:
                if (forward)
                    f.ui.removeImage->click();
                else
                    f.form.revert();
                expected.image.clear();
                break;
            }
        };
        apply(true);
        QVERIFY(f.form.isModified());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY(f.form.unsavedNoticeShown());
        QCOMPARE(f.form.update(), expected);

        apply(false); // back to the loaded value: nothing to save
        QVERIFY(!f.form.isModified());
        QCOMPARE(spy.count(), 2);
        QVERIFY(!f.form.unsavedNoticeShown());
    }

    void markSavedMakesTheChangesTheReference()
    {
        Fixture f;
        loadForm(f.form);
        f.ui.label->setText("Magento 2");
        emit f.ui.label->textEdited(f.ui.label->text());
        QVERIFY(f.form.isModified());
        f.form.markSaved();
        QVERIFY(!f.form.isModified());
        QCOMPARE(f.form.update().label, QStringLiteral("Magento 2"));
        f.form.revert();
        QCOMPARE(f.ui.label->text(), QStringLiteral("Magento 2"));
    }

    void auditableIsOffAndDisabledForOther()
    {
        Fixture f;
        loadForm(f.form);
        QVERIFY(f.ui.auditable->isEnabled());
        f.ui.flowType->button(FlowType::Other)->click();
        QVERIFY(!f.ui.auditable->isChecked());
        QVERIFY(!f.ui.auditable->isEnabled());
        QCOMPARE(f.form.update().auditable, false);
        // The choice comes back with another flow type.
        f.ui.flowType->button(FlowType::Source)->click();
        QVERIFY(f.ui.auditable->isChecked());
        QVERIFY(f.ui.auditable->isEnabled());
    }

    void otherLoadedAsAuditableIsNotAChange()
    {
        // The server does not enforce the rule (docs/pim-api.md §3): the form shows it off
        // without calling that a change of the user's, and sends it off.
        Fixture f;
        loadForm(f.form, details(FlowType::Other, true));
        QVERIFY(!f.ui.auditable->isChecked());
        QVERIFY(!f.form.isModified());
        QCOMPARE(f.form.update().auditable, false);
    }

    void warnsAboutDefaultRoleAndGroup()
    {
        Fixture f;
        loadForm(f.form);
        QVERIFY(f.form.shownMessage("userRole").contains("default role"));
        QVERIFY(f.form.shownMessage("userGroup").contains("“All”"));
        f.ui.role->setCurrentIndex(2);
        QVERIFY(f.form.shownMessage("userRole").isEmpty());
        f.ui.group->setCurrentIndex(f.ui.group->findText("IT support"));
        QVERIFY(f.form.shownMessage("userGroup").isEmpty());
        f.ui.group->setCurrentIndex(0); // none: no warning either
        QVERIFY(f.form.shownMessage("userGroup").isEmpty());
        QCOMPARE(f.form.update().userGroupId, std::nullopt);
    }

    void listsArrivingLateKeepTheChoice()
    {
        Fixture f;
        ConnectionDetails d = details();
        d.userRoleId = "4";
        d.userGroupId = std::nullopt;
        f.form.setDetails(d); // before the lists
        QCOMPARE(f.form.update().userRoleId, QStringLiteral("4"));
        f.form.setRoles(roles());
        f.form.setGroups(groups());
        QCOMPARE(f.ui.role->currentText(), QStringLiteral("API connector"));
        QCOMPARE(f.ui.group->currentIndex(), 0);
        QVERIFY(!f.form.isModified());
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
        Fixture f;
        loadForm(f.form);
        f.form.show();
        f.form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        QSignalSpy validity(&f.form, &ConnectionSettingsForm::validityChanged);
        f.ui.label->setFocus();
        f.ui.label->selectAll();
        QTest::keyClicks(f.ui.label, "ab");
        QVERIFY(!f.form.isValid());
        QCOMPARE(validity.count(), 1);
        QVERIFY(f.form.shownMessage("label").isEmpty()); // still typing
        f.ui.role->setFocus();
        QCOMPARE(f.form.shownMessage("label"),
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
        Fixture f;
        loadForm(f.form);
        f.form.setWriteEnabled(false, "Offline: changes cannot be saved.");
        QVERIFY(f.ui.label->isReadOnly());
        QVERIFY(!f.ui.flowType->isEnabled());
        QVERIFY(!f.ui.auditable->isEnabled());
        QVERIFY(!f.ui.role->isEnabled());
        QVERIFY(!f.ui.group->isEnabled());
        QVERIFY(!f.ui.chooseImage->isEnabled());
        QCOMPARE(f.ui.role->toolTip(), QStringLiteral("Offline: changes cannot be saved."));
        f.form.setWriteEnabled(true);
        QVERIFY(!f.ui.label->isReadOnly());
        QVERIFY(f.ui.role->isEnabled());
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
        QVERIFY(writePicture(path, QSize(300, 150)));

        Fixture f;
        loadForm(f.form);
        QCOMPARE(handedOver(f.form, path), path);
        QVERIFY(f.form.isImagePending());
        QVERIFY(!f.ui.chooseImage->isEnabled()); // one upload at a time
        QVERIFY(!f.form.isModified());           // nothing to save until the PIM has the file

        f.form.setImagePath("e/f/0/1/abc_logo.png");
        QVERIFY(!f.form.isImagePending());
        QVERIFY(f.form.isModified());
        QCOMPARE(f.form.update().image, QStringLiteral("e/f/0/1/abc_logo.png"));
    }

    void failedUploadKeepsTheImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("logo.bmp");
        QVERIFY(writePicture(path, QSize(16, 16), "BMP"));

        Fixture f;
        loadForm(f.form);
        QCOMPARE(handedOver(f.form, path), path);
        f.form.setImageError("The PIM refused the file.");
        QCOMPARE(f.form.shownMessage("image"), QStringLiteral("The PIM refused the file."));
        QVERIFY(!f.form.isModified());
        QVERIFY(f.ui.chooseImage->isEnabled());
    }

    void previewShowsALogoOrThePlaceholder()
    {
        Fixture f;
        ConnectionDetails d = details();
        d.connection.image.clear();
        loadForm(f.form, d);
        QVERIFY(!f.ui.preview->pixmap().isNull());
        QVERIFY(f.ui.preview->toolTip().contains("initials"));
        f.form.setDetails(details());
        QImage logo(64, 64, QImage::Format_ARGB32);
        logo.fill(Qt::blue);
        f.form.setLogo(logo);
        QCOMPARE(f.ui.preview->toolTip(), QStringLiteral("The connection's image"));
        QVERIFY(!f.ui.removeImage->isHidden());
    }
};

QTEST_MAIN(TestConnectionSettingsForm)
#include "tst_connectionsettingsform.moc"
