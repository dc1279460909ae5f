import Foundation
import Plot

/// A chart of values by year, drawn on the server as SVG: stacked areas, an
/// uncertainty band and lines. It carries its own `<title>` and `<desc>` and
/// comes with a table of the same numbers (years as columns), for screen
/// readers, for printing and for anyone who wants the figures.
package struct YearChart: Sendable {
    package enum Style: Sendable {
        case solid, dashed
    }

    package struct Series: Sendable {
        package let name: String
        package let values: [Double]
        package let color: String
        package var style: Style = .solid

        package init(name: String, values: [Double], color: String, style: Style = .solid) {
            self.name = name
            self.values = values
            self.color = color
            self.style = style
        }
    }

    package struct Band: Sendable {
        package let name: String
        package let lower: [Double]
        package let upper: [Double]
        package let color: String

        package init(name: String, lower: [Double], upper: [Double], color: String) {
            self.name = name
            self.lower = lower
            self.upper = upper
            self.color = color
        }
    }

    package let id: String
    package let title: String
    package let description: String
    package let years: [Int]
    /// Areas stacked from the bottom up.
    package var areas: [Series] = []
    package var band: Band? = nil
    package var lines: [Series] = []
    /// The unit of the numbers, for the table's caption.
    package let unit: String

    package init(id: String, title: String, description: String, years: [Int], unit: String) {
        self.id = id
        self.title = title
        self.description = description
        self.years = years
        self.unit = unit
    }

    // Drawing area in the view box.
    package static let width = 720.0
    package static let height = 340.0
    package static let left = 78.0
    package static let right = 16.0
    package static let top = 16.0
    package static let bottom = 36.0

    /// The chart, its legend and its table.
    package func node(_ t: Localizer, tableCaption: String) -> Node<HTML.BodyContext> {
        // Swatches are small SVGs: the content security policy allows no inline styles.
        var legend: [(name: String, swatch: String)] = areas.map { ($0.name, Self.swatch($0.color)) }
        if let band { legend.append((band.name, Self.swatch(band.color, opacity: 0.3))) }
        legend += lines.map { ($0.name, Self.swatch(line: $0.color, dashed: $0.style == .dashed)) }
        let items: [Node<HTML.ListContext>] = legend.map { item in .li(.raw(item.swatch), .text(item.name)) }
        return .div(
            .class("chart"),
            .raw(svg(t)),
            .ul(.class("legend"), .attribute(named: "aria-hidden", value: "true"), .group(items)),
            table(t, caption: tableCaption)
        )
    }

    /// The numbers of the chart: a row per series, a column per year.
    package func table(_ t: Localizer, caption: String) -> Node<HTML.BodyContext> {
        var rows: [(String, [Double])] = areas.map { ($0.name, $0.values) }
        if let band { rows += [(band.name + " (p5)", band.lower), (band.name + " (p95)", band.upper)] }
        rows += lines.map { ($0.name, $0.values) }
        return Tables.table(
            caption: caption + " (" + unit + ")",
            headings: [("", false)] + years.map { (String($0), true) },
            rows: rows.map { name, values in
                .tr(Tables.rowHeading(name), .forEach(values) { Tables.number(t.integer(rounding: $0)) })
            })
    }

    /// The largest value to show, rounded up to a tick.
    /// Values that are not finite count as 0, and the top stays finite, so
    /// that no stored number can stop the page.
    package var scaleMaximum: Double {
        var top = 0.0
        if !areas.isEmpty {
            for index in years.indices { top = max(top, areas.reduce(0) { $0 + max(0, $1.values[index].chartable) }) }
        }
        for series in lines { top = max(top, series.values.map(\.chartable).max() ?? 0) }
        if let band { top = max(top, band.upper.map(\.chartable).max() ?? 0) }
        top = min(top, 1e300)
        let step = Self.niceStep(top / 5)
        return max(1, ceil(top / step)) * step
    }

    /// The distance between grid lines.
    package var scaleStep: Double { Self.niceStep(scaleMaximum / 5) }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    package static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw < 1e300 else { return raw >= 1e300 ? 1e300 : 1 }
        let power = pow(10, floor(log10(raw)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }

    package func svg(_ t: Localizer) -> String {
        let maximum = scaleMaximum
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let first = Double(years.first ?? 0)
        let span = Double(max(1, (years.last ?? 0) - (years.first ?? 0)))
        func x(_ year: Int) -> Double { Self.left + (Double(year) - first) / span * plotWidth }
        func y(_ value: Double) -> Double { Self.top + plotHeight - min(max(value, 0), maximum) / maximum * plotHeight }
        func point(_ year: Int, _ value: Double) -> String { Self.number(x(year)) + "," + Self.number(y(value)) }
        let n = Self.number

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" id="\(id)"><title id="\(id)-title">\(title.attributeEscaped)</title>\
            <desc id="\(id)-desc">\(description.attributeEscaped)</desc>
            """
        // Grid and axes.
        let step = scaleStep
        for index in 0...min(20, Int((maximum / step).rounded())) {
            let value = step * Double(index)
            let level = y(value)
            svg += String(
                format: "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d5ddd8\"/>", Self.left, Self.width - Self.right,
                level, level)
            svg +=
                String(
                    format: "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\" fill=\"#36443d\">", Self.left - 6, level + 4)
                + t.integer(rounding: value) + "</text>"
        }
        for year in years where year % 5 == 0 || year == years.first {
            svg +=
                "<text x=\"\(n(x(year)))\" y=\"\(n(Self.height - Self.bottom + 18))\" text-anchor=\"middle\" font-size=\"12\" "
                + "fill=\"#36443d\">\(year)</text>"
        }
        // Stacked areas, bottom first.
        var base = [Double](repeating: 0, count: years.count)
        for series in areas {
            let top = zip(base, series.values).map { $0 + max(0, $1) }
            let upper = years.indices.map { point(years[$0], top[$0]) }
            let lower = years.indices.reversed().map { point(years[$0], base[$0]) }
            svg += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(series.color)\" fill-opacity=\"0.85\"/>"
            base = top
        }
        if let band {
            let upper = years.indices.map { point(years[$0], band.upper[$0]) }
            let lower = years.indices.reversed().map { point(years[$0], band.lower[$0]) }
            svg += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(band.color)\" fill-opacity=\"0.3\"/>"
        }
        for series in lines {
            let points = years.indices.map { point(years[$0], series.values[$0]) }.joined(separator: " ")
            let dash = series.style == .dashed ? " stroke-dasharray=\"6 4\"" : ""
            svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(series.color)\" stroke-width=\"2.5\"\(dash)/>"
        }
        svg += "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.width - Self.right))\" y1=\"\(n(y(0)))\" y2=\"\(n(y(0)))\" stroke=\"#36443d\"/>"
        return svg + "</svg>"
    }

    /// A coordinate with one decimal, written without Foundation's formatter
    /// (the charts write thousands). Total: what is not finite is 0, and a
    /// coordinate far outside any view box is kept at ±10⁹.
    package static func number(_ value: Double) -> String {
        let value = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        return (tenths < 0 && whole == 0 ? "-" : "") + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }

    package static func swatch(_ color: String, opacity: Double = 0.85) -> String {
        "<svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\"><rect width=\"14\" height=\"14\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"/></svg>"
    }

    package static func swatch(line color: String, dashed: Bool) -> String {
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        return
            "<svg class=\"swatch\" viewBox=\"0 0 20 14\" width=\"20\" height=\"14\"><line x1=\"0\" x2=\"20\" y1=\"7\" y2=\"7\" stroke=\"\(color)\" stroke-width=\"3\"\(dash)/></svg>"
    }

    /// Distinct colours that stay apart for the common kinds of colour blindness (Okabe–Ito), then greys.
    package static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F", "#000000"]
}

extension Double {
    /// The value a chart draws: not finite counts as 0, and the size is kept
    /// within ±1e300, so that no stored number can stop a page.
    package var chartable: Double { isFinite ? Swift.min(Swift.max(self, -1e300), 1e300) : 0 }
}
