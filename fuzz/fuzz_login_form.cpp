// libFuzzer target: the sign-in page's CSRF scrape (docs/pim-api.md §1.1, models/net LoginForm).
// Any page, truncated or hostile, gives a token or none, never a crash; a token found is one of
// the inputs read.
#include "net/LoginForm.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QHash<QString, QString>> inputs = LoginForm::inputs(page);
    const std::optional<QString> token = LoginForm::csrfToken(page);
    if (token) {
        bool listed = false;
        for (const QHash<QString, QString> &input : inputs)
            listed = listed || input.value(QStringLiteral("value")) == *token;
        if (token->isEmpty() || !listed)
            std::abort();
    }
    (void)LoginForm::decodeEntities(QString::fromUtf8(page));
    return 0;
}
