#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class RevealButton;

// "Test credentials" when the connection's password is not on screen: asks for it, once, for
// this test. The password is never stored; the dialog forgets it when it closes. Window-modal,
// opened with open() (never exec()): the answer comes through passwordEntered().
class PasswordPromptDialog : public QDialog
{
    Q_OBJECT

public:
    // username: the connection's API user, shown so the user knows which password is meant.
    explicit PasswordPromptDialog(const QString &username, QWidget *parent = nullptr);
    ~PasswordPromptDialog() override;

signals:
    void passwordEntered(const QString &password);

protected:
    void done(int result) override;

private:
    QLineEdit *m_password;
    RevealButton *m_reveal;
    QDialogButtonBox *m_buttons;
};
