#pragma once

#include "workspace/Workspace.h"

#include <functional>

class MessageBox;
class QWidget;

// "Delete…" of a connection, from the overview or from its page (docs/pim-api.md §7): asks
// "Confirm deletion" (MessageBox::deleteConnection(label)) over `parent`, then deletes the
// connection through the workspace.
//
// - `confirmed` (may be empty) runs once the user confirmed, just before the deletion, and may
//   still call it off by returning false (the page shows another connection now).
// - `done` gets the workspace's answer.
// - Nothing runs once `parent` is gone; nothing is deleted when the user cancels, nor when the
//   workspace was closed in the meantime (another PIM opened).
namespace ConnectionDeletion {

void ask(MessageBox *messageBox, QWidget *parent, Workspace *workspace, const QString &code,
         const QString &label, std::function<bool()> confirmed, Workspace::DoneCallback done);

} // namespace ConnectionDeletion
