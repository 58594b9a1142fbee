// Workspace writes: create, update, regenerate, delete, and what each leaves in the cache and
// the keychain (secrets in the keychain only, and only while the setting allows it).
#include "WorkspaceFixture.h"
#include "items/ConnectionListModel.h"
#include "store/SecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace WorkspaceTest;

class TestWorkspaceWrites : public WorkspaceFixture
{
    Q_OBJECT

private slots:
    void createUpdateRegenerateDelete();
    void regeneratedPasswordIsSavedOnlyIfOneWas();
    void secretsAreNotKeptWhenTheSettingSaysSo();
    void turningTheSettingOffRemovesKeptSecrets();
};

void TestWorkspaceWrites::createUpdateRegenerateDelete()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));

    // Create: the answer has the one-time password; the secret goes to the keychain only.
    Answer<ConnectionDetails> created;
    workspace->createConnection(u"magento"_s, u"Magento"_s, FlowType::Destination, this,
                                created.callback());
    QVERIFY(created.wait());
    QVERIFY2(!created.error().isError(), qPrintable(created.error().message()));
    const ConnectionDetails fresh = created.value();
    QVERIFY(fresh.credentials.password && !fresh.credentials.password->isEmpty());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(workspace->model()->rowCount(), 3); // the list was refreshed
    QCOMPARE(keychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)), fresh.credentials.secret);
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"magento"_s))); // only if saved
    QVERIFY(cached(u"magento"_s) && cached(u"magento"_s)->hasDetails);

    Answer<SecretResult> saved;
    workspace->savePassword(u"magento"_s, *fresh.credentials.password, this, saved.callback());
    QVERIFY(saved.wait());
    QCOMPARE(keychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)),
             *fresh.credentials.password);

    // Update: the PIM, then the cache and the overview.
    ConnectionUpdate update = ConnectionUpdate::from(fresh);
    update.label = u"Magento 2"_s;
    update.userRoleId = u"2"_s;
    Done updated;
    workspace->updateConnection(update, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY(!updated.result->isError());
    QVERIFY(waitIdle(workspace));
    QCOMPARE(m_pim->find(u"magento"_s)->connection.label, u"Magento 2"_s);
    QCOMPARE(workspace->model()->connectionAt(2).label, u"Magento 2"_s);
    QTRY_COMPARE(cached(u"magento"_s).value_or(CachedConnection()).userRoleId, u"2"_s);

    // Regenerate the secret: the keychain gets the new one.
    Answer<ConnectionDetails> secret;
    workspace->regenerateSecret(u"magento"_s, this, secret.callback());
    QVERIFY(secret.wait());
    QVERIFY(!secret.error().isError());
    QVERIFY(secret.value().credentials.secret != fresh.credentials.secret);
    QCOMPARE(secret.value().credentials.secret, m_pim->find(u"magento"_s)->credentials.secret);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)),
             secret.value().credentials.secret);

    // Regenerate the password: the saved one is replaced.
    Answer<QString> password;
    workspace->regeneratePassword(u"magento"_s, this, password.callback());
    QVERIFY(password.wait());
    QCOMPARE(password.value(), *m_pim->find(u"magento"_s)->credentials.password);
    QVERIFY(waitIdle(workspace));
    QCOMPARE(keychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)), password.value());

    // A refusal is reported as the PIM said it.
    Answer<ConnectionDetails> duplicate;
    workspace->createConnection(u"magento"_s, u"Magento again"_s, FlowType::Other, this,
                                duplicate.callback());
    QVERIFY(duplicate.wait());
    QCOMPARE(duplicate.error().kind, Kind::Validation);
    QCOMPARE(duplicate.error().fieldMessage(u"code"_s),
             ValidationKeys::message(ValidationKeys::codeMustBeUnique()));
    QVERIFY(workspace->canWrite());

    // Delete: the PIM, the cache, the keychain, the overview.
    Done deleted;
    workspace->deleteConnection(u"magento"_s, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY(!deleted.result->isError());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!m_pim->find(u"magento"_s));
    QCOMPARE(workspace->model()->rowCount(), 2);
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)));
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"magento"_s)));
    QVERIFY(!cached(u"magento"_s));

    const QByteArray bytes = cacheFileBytes();
    QVERIFY(!bytes.contains(fresh.credentials.secret.toUtf8()));
    QVERIFY(!bytes.contains(secret.value().credentials.secret.toUtf8()));
    QVERIFY(!bytes.contains(password.value().toUtf8()));
    QVERIFY(!bytes.contains(fresh.credentials.password->toUtf8()));
}

void TestWorkspaceWrites::regeneratedPasswordIsSavedOnlyIfOneWas()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    Answer<QString> password;
    workspace->regeneratePassword(u"erp"_s, this, password.callback());
    QVERIFY(password.wait());
    QVERIFY(!password.error().isError());
    QVERIFY(!password.value().isEmpty());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::connectionPassword(pimUrl, u"erp"_s)));
}

void TestWorkspaceWrites::secretsAreNotKeptWhenTheSettingSaysSo()
{
    Workspace::Options options;
    options.keepSecretsInKeychain = false;
    Workspace *workspace = makeWorkspace(options);
    QVERIFY(startOnline(workspace));
    const Answer<Workspace::Details> details = openDetails(workspace, u"erp"_s);
    QVERIFY(details.result);
    QVERIFY(details.value().secretAvailable); // shown, from the PIM
    Answer<ConnectionDetails> created;
    workspace->createConnection(u"magento"_s, u"Magento"_s, FlowType::Destination, this,
                                created.callback());
    QVERIFY(created.wait());
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"erp"_s)));
    QVERIFY(!inKeychain(SecretKey::connectionSecret(pimUrl, u"magento"_s)));
}

void TestWorkspaceWrites::turningTheSettingOffRemovesKeptSecrets()
{
    Workspace *workspace = makeWorkspace();
    QVERIFY(startOnline(workspace));
    QVERIFY(workspace->keepsSecretsInKeychain());
    const Answer<Workspace::Details> details = openDetails(workspace, u"erp"_s);
    QVERIFY(details.result);
    QVERIFY(waitIdle(workspace));
    const SecretKey secret = SecretKey::connectionSecret(pimUrl, u"erp"_s);
    QVERIFY(inKeychain(secret));
    // A one-time password the user saved on purpose is not a kept secret: it stays.
    Answer<SecretResult> saved;
    workspace->savePassword(u"erp"_s, u"chosen-to-keep"_s, this, saved.callback());
    QVERIFY(saved.wait());
    const SecretKey password = SecretKey::connectionPassword(pimUrl, u"erp"_s);
    QVERIFY(inKeychain(password));

    std::optional<SecretResult> removed;
    workspace->setKeepSecretsInKeychain(false, this,
                                        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QVERIFY(!workspace->keepsSecretsInKeychain());
    QVERIFY(!inKeychain(secret));
    QVERIFY(inKeychain(password));

    // Off: opening the page again keeps nothing.
    const Answer<Workspace::Details> again = openDetails(workspace, u"erp"_s);
    QVERIFY(again.result);
    QVERIFY(waitIdle(workspace));
    QVERIFY(!inKeychain(secret));

    // On again: the next opening keeps it.
    removed.reset();
    workspace->setKeepSecretsInKeychain(true, this,
                                        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    const Answer<Workspace::Details> third = openDetails(workspace, u"erp"_s);
    QVERIFY(third.result);
    QVERIFY(waitIdle(workspace));
    QVERIFY(inKeychain(secret));
}

QTEST_MAIN(TestWorkspaceWrites)
#include "tst_workspacewrites.moc"
