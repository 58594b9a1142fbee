#pragma once

#include <QString>

#include <algorithm>
#include <vector>

// The figures of one series of measured runs: median with min and max (warm-up runs are never
// added), and the line that prints them beside their baseline.
struct Series
{
    std::vector<double> values;

    void add(double value) { values.push_back(value); }
    double median() const
    {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        if (n == 0)
            return 0;
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double min() const
    {
        return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    double max() const
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
};

// "  name   12.3 ms (min 11.0, max 14.2)"
QString seriesLine(const QString &name, const Series &series, const QString &unit);
// "  ratio name: 1.23 (target <= 1.30: met)"
QString ratioLine(const QString &name, double ratio, double target);
// A difference: "  name: +3.1 MiB (target <= +12.0: met)"
QString differenceLine(const QString &name, double difference, double target, const QString &unit);
