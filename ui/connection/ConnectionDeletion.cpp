#include "connection/ConnectionDeletion.h"

#include "services/MessageBox.h"

#include <QPointer>
#include <QWidget>

namespace ConnectionDeletion {

void ask(MessageBox *messageBox, QWidget *parent, Workspace *workspace, const QString &code,
         const QString &label, std::function<bool()> confirmed, Workspace::DoneCallback done)
{
    const QPointer<Workspace> target(workspace);
    messageBox->ask(parent, MessageBox::deleteConnection(label), parent,
                    [parent, target, code, confirmed = std::move(confirmed),
                     done = std::move(done)](MessageBox::Answer answer) {
                        if (answer != MessageBox::Answer::Confirm || !target)
                            return;
                        if (confirmed && !confirmed())
                            return;
                        target->deleteConnection(code, parent, done);
                    });
}

} // namespace ConnectionDeletion
