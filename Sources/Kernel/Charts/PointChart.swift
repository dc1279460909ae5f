import Foundation

/// A small chart of values over time, drawn on the server as SVG: the values
/// as a line with dots, a dashed reference line (from a baseline to a
/// target) and the target as a ring. It carries its own `<title>` and
/// `<desc>`; the page shows its numbers in a table.
package struct PointChart: Sendable {
    package let id: String
    package let title: String
    package let description: String
    /// (year with its fraction, value), oldest first.
    package let points: [(x: Double, y: Double)]
    package var reference: (from: (x: Double, y: Double), to: (x: Double, y: Double))? = nil
    package var target: (x: Double, y: Double)? = nil
    /// 320×120 on lists, 720×280 on an indicator's page.
    package var small = false

    package init(id: String, title: String, description: String, points: [(x: Double, y: Double)]) {
        self.id = id
        self.title = title
        self.description = description
        self.points = points
    }

    package func svg(_ t: Localizer) -> String {
        let (width, height, left, bottom) = small ? (320.0, 120.0, 8.0, 8.0) : (720.0, 280.0, 70.0, 30.0)
        let top = 10.0
        let right = 14.0
        var xs = points.map(\.x)
        var ys = points.map(\.y)
        if let reference {
            xs += [reference.from.x, reference.to.x]
            ys += [reference.from.y, reference.to.y]
        }
        if let target {
            xs.append(target.x)
            ys.append(target.y)
        }
        xs = xs.map(\.chartable)
        ys = ys.map(\.chartable)
        let minX = xs.min() ?? 0
        let maxX = max(xs.max() ?? 1, minX + 1)
        let step = YearChart.niceStep(max((ys.max() ?? 1) - min(0, ys.min() ?? 0), 1) / 4)
        let minY = min(0, floor((ys.min() ?? 0) / step) * step)
        let maxY = max(minY + step, ceil((ys.max() ?? 1) / step) * step)
        func x(_ value: Double) -> Double { left + (value - minX) / (maxX - minX) * (width - left - right) }
        func y(_ value: Double) -> Double { top + (maxY - value) / (maxY - minY) * (height - top - bottom) }
        let n = YearChart.number
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" id="\(id)" class="\(small ? "sparkline" : "point-chart")">\
            <title id="\(id)-title">\(title.attributeEscaped)</title><desc id="\(id)-desc">\(description.attributeEscaped)</desc>
            """
        if !small {
            var level = minY
            var lines = 0
            while level <= maxY + step / 2, lines < 20 {
                lines += 1
                svg += "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(level)))\" y2=\"\(n(y(level)))\" stroke=\"#d5ddd8\"/>"
                svg +=
                    "<text x=\"\(n(left - 6))\" y=\"\(n(y(level) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#36443d\">"
                    + t.decimal(level, fractionDigits: step < 1 ? 2 : 0) + "</text>"
                level += step
            }
            let firstYear = Int(ceil(min(max(minX, 0), 10_000)))
            let lastYear = max(firstYear, Int(floor(min(max(maxX, 0), 10_000))))
            for year in firstYear...lastYear where lastYear - firstYear <= 12 || year % 5 == 0 {
                svg +=
                    "<text x=\"\(n(x(Double(year) + 0.5)))\" y=\"\(n(height - 8))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#36443d\">\(year)</text>"
            }
        }
        if let reference {
            svg +=
                "<line x1=\"\(n(x(reference.from.x)))\" y1=\"\(n(y(reference.from.y)))\" x2=\"\(n(x(reference.to.x)))\" "
                + "y2=\"\(n(y(reference.to.y)))\" stroke=\"#D55E00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        }
        if let target {
            svg +=
                "<circle cx=\"\(n(x(target.x)))\" cy=\"\(n(y(target.y)))\" r=\"\(small ? 4 : 6)\" fill=\"none\" stroke=\"#D55E00\" stroke-width=\"2.5\"/>"
        }
        if !points.isEmpty {
            svg +=
                "<polyline points=\"" + points.map { n(x($0.x)) + "," + n(y($0.y)) }.joined(separator: " ")
                + "\" fill=\"none\" stroke=\"#00603d\" stroke-width=\"2.5\"/>"
            for point in points {
                svg += "<circle cx=\"\(n(x(point.x)))\" cy=\"\(n(y(point.y)))\" r=\"\(small ? 2.5 : 4)\" fill=\"#00603d\"/>"
            }
        }
        return svg + "</svg>"
    }
}
