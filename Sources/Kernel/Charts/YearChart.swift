import Foundation
import Plot

/// A chart of values by year, drawn on the server as SVG: stacked areas, an
/// uncertainty band and lines. It carries its own `<title>` and `<desc>` and
/// comes with a table of the same numbers (years as rows), for screen
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
        /// A short name for the printed table's heading (an action's code), beside the legend's full one.
        package var short: String? = nil

        package init(name: String, values: [Double], color: String, style: Style = .solid, short: String? = nil) {
            self.name = name
            self.values = values
            self.color = color
            self.style = style
            self.short = short
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

    /// A drawing's size and type size, in view-box units. The wide frame is
    /// for screens and paper; the narrow one is drawn for phones, where the
    /// view box is about as wide as the screen, so its 14-unit labels show
    /// at 12 px or more.
    package struct Frame: Sendable {
        package let width, height, right, top, bottom, font: Double
        /// Room for the axis's numbers; widened for a city whose numbers are long.
        package var left: Double
        package let suffix: String

        package init(
            width: Double, height: Double, left: Double, right: Double, top: Double, bottom: Double, font: Double, suffix: String
        ) {
            (self.width, self.height, self.left, self.right, self.top, self.bottom, self.font) = (
                width, height, left, right, top, bottom, font
            )
            self.suffix = suffix
        }

        package static let wide = Frame(width: 720, height: 340, left: 78, right: 22, top: 30, bottom: 36, font: 13, suffix: "")
        package static let narrow = Frame(width: 330, height: 300, left: 66, right: 22, top: 30, bottom: 34, font: 14, suffix: "-narrow")
    }

    /// The years a table shows in print: the first, every fifth, the target and the last.
    package var keyYears: [Int] {
        years.filter { $0 == years.first || $0 == years.last || $0 % 5 == 0 || $0 == keyYear }
    }
    /// A year the printed table always shows (the target year).
    package var keyYear: Int? = nil

    /// The chart for wide screens and for phones, its legend, and its
    /// numbers: every year in a section that opens, and the key years on paper.
    package func node(_ t: Localizer, tableCaption: String) -> Node<HTML.BodyContext> {
        // Swatches are small SVGs: the content security policy allows no inline styles.
        var legend: [(name: String, swatch: String)] = areas.enumerated().map { index, area in
            (area.name, Self.swatch(area.color, hatching: hatching(index)))
        }
        if let band { legend.append((band.name, Self.swatch(band.color, opacity: 0.3))) }
        legend += lines.map { ($0.name, Self.swatch(line: $0.color, dashed: $0.style == .dashed)) }
        let items: [Node<HTML.ListContext>] = legend.map { item in .li(.raw(item.swatch), .text(item.name)) }
        return .div(
            .class("chart"),
            .raw(svg(t, .wide)),
            .raw(svg(t, .narrow)),
            .ul(.class("legend"), .attribute(named: "aria-hidden", value: "true"), .group(items)),
            Self.numbers(
                title: title, table(t, caption: tableCaption, years: years),
                printed: table(t, caption: tableCaption, years: keyYears, short: true), t)
        )
    }

    /// A chart's table in a section that opens (named for the chart), and
    /// the one printed in its place.
    package static func numbers(title: String, _ table: Node<HTML.BodyContext>, printed: Node<HTML.BodyContext>, _ t: Localizer)
        -> Node<HTML.BodyContext>
    {
        .group(
            .element(
                named: "details",
                nodes: [.class("chart-numbers"), .element(named: "summary", text: t(CoreText.chartNumbers, ["title": title])), table]),
            .div(.class("print-only"), printed))
    }

    /// The opening of a chart's drawing in a frame: its view box, its name
    /// and description for screen readers, the class that shows it on wide
    /// screens or on phones.
    package static func opening(id: String, _ frame: Frame, title: String, description: String) -> String {
        let id = id + frame.suffix
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(frame.width)) \(Int(frame.height))" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" id="\(id)" class="chart\(frame.suffix.isEmpty ? "-wide" : frame.suffix)">\
            <title id="\(id)-title">\(title.attributeEscaped)</title><desc id="\(id)-desc">\(description.attributeEscaped)</desc>
            """
    }

    /// The numbers of the chart: a row per year, a column per series (by
    /// their short names, if `short`: a page's width holds them all).
    package func table(_ t: Localizer, caption: String, years shown: [Int]? = nil, short: Bool = false) -> Node<HTML.BodyContext> {
        var columns: [(String, [Double])] = areas.map { ((short ? $0.short : nil) ?? $0.name, $0.values) }
        if let band { columns += [(band.name + " (p5)", band.lower), (band.name + " (p95)", band.upper)] }
        columns += lines.map { ($0.name, $0.values) }
        let indices = (shown ?? years).compactMap { years.firstIndex(of: $0) }
        return Tables.table(
            caption: caption + " (" + unit + ")",
            headings: [(t(CoreText.columnYear), false)] + columns.map { ($0.0, true) },
            rows: indices.map { index in
                .tr(Tables.rowHeading(String(years[index])), .forEach(columns) { Tables.number(t.integer(rounding: $0.1[index])) })
            })
    }

    /// White lines or dots over an area of a colour that an area before it
    /// already has (each action keeps its colour, so two or three may share
    /// one): the legend and the neighbours tell them apart.
    package enum Hatching: Int, Sendable, CaseIterable {
        case none, lines, dots, cross
    }

    package func hatching(_ index: Int) -> Hatching {
        Hatching(rawValue: areas[..<index].filter { $0.color == areas[index].color }.count % Hatching.allCases.count) ?? .none
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

    /// The years labelled on the axis of a frame: the first, then round
    /// years, none closer to the one before than a label's width and a gap.
    package func labelledYears(_ frame: Frame) -> [Int] {
        guard let first = years.first, let last = years.last else { return [] }
        let perYear = (frame.width - frame.left - frame.right) / Double(max(1, last - first))
        // Four digits at about 0.6 em each, and one em between labels.
        let room = frame.font * (4 * 0.6 + 1)
        let step = [1, 2, 5, 10, 20, 50].first { Double($0) * perYear >= room } ?? 100
        var labelled = [first]
        for year in years where year % step == 0 && Double(year - labelled.last!) * perYear >= room { labelled.append(year) }
        return labelled
    }

    package func svg(_ t: Localizer, _ frame: Frame = .wide) -> String {
        let maximum = scaleMaximum
        // The widest number on the axis (about 0.6 em a character) fits left of it.
        var frame = frame
        frame.left = max(frame.left, Double(t.integer(rounding: maximum).count) * frame.font * 0.62 + 10)
        let plotWidth = frame.width - frame.left - frame.right
        let plotHeight = frame.height - frame.top - frame.bottom
        let first = Double(years.first ?? 0)
        let span = Double(max(1, (years.last ?? 0) - (years.first ?? 0)))
        func x(_ year: Int) -> Double { frame.left + (Double(year) - first) / span * plotWidth }
        func y(_ value: Double) -> Double { frame.top + plotHeight - min(max(value, 0), maximum) / maximum * plotHeight }
        func point(_ year: Int, _ value: Double) -> String { Self.number(x(year)) + "," + Self.number(y(value)) }
        let n = Self.number
        let id = self.id + frame.suffix
        let font = "font-size=\"\(n(frame.font))\" fill=\"#36443d\""

        var svg =
            Self.opening(id: self.id, frame, title: title, description: description) + """
                <defs><pattern id="\(id)-lines" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
                <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2.5"/></pattern>\
                <pattern id="\(id)-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.4" fill="#ffffff"/>\
                </pattern><pattern id="\(id)-cross" width="8" height="8" patternUnits="userSpaceOnUse">\
                <path d="M4 0V8M0 4H8" stroke="#ffffff" stroke-width="1.5"/></pattern></defs>
                """
        // The unit, over the axis's numbers.
        svg += "<text x=\"\(n(4))\" y=\"\(n(frame.font + 2))\" \(font)>\(unit.attributeEscaped)</text>"
        // Grid and axes.
        let step = scaleStep
        for index in 0...min(20, Int((maximum / step).rounded())) {
            let level = y(step * Double(index))
            svg +=
                "<line x1=\"\(n(frame.left))\" x2=\"\(n(frame.width - frame.right))\" y1=\"\(n(level))\" y2=\"\(n(level))\" stroke=\"#d5ddd8\"/>"
            svg += "<text x=\"\(n(frame.left - 6))\" y=\"\(n(level + frame.font / 3))\" text-anchor=\"end\" \(font)>"
            svg += t.integer(rounding: step * Double(index)) + "</text>"
        }
        for year in labelledYears(frame) {
            svg += "<text x=\"\(n(x(year)))\" y=\"\(n(frame.height - frame.bottom + frame.font + 6))\" text-anchor=\"middle\" \(font)>"
            svg += "\(year)</text>"
        }
        // Stacked areas, bottom first, a white edge between neighbours.
        var base = [Double](repeating: 0, count: years.count)
        for (index, series) in areas.enumerated() {
            let top = zip(base, series.values).map { $0 + max(0, $1) }
            let upper = years.indices.map { point(years[$0], top[$0]) }
            let lower = years.indices.reversed().map { point(years[$0], base[$0]) }
            let points = (upper + lower).joined(separator: " ")
            svg += "<polygon points=\"\(points)\" fill=\"\(series.color)\" fill-opacity=\"0.85\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
            switch hatching(index) {
            case .none: break
            case .lines: svg += "<polygon points=\"\(points)\" fill=\"url(#\(id)-lines)\"/>"
            case .dots: svg += "<polygon points=\"\(points)\" fill=\"url(#\(id)-dots)\"/>"
            case .cross: svg += "<polygon points=\"\(points)\" fill=\"url(#\(id)-cross)\"/>"
            }
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
        svg +=
            "<line x1=\"\(n(frame.left))\" x2=\"\(n(frame.width - frame.right))\" y1=\"\(n(y(0)))\" y2=\"\(n(y(0)))\" stroke=\"#36443d\"/>"
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

    package static func swatch(_ color: String, opacity: Double = 0.85, hatching: Hatching = .none) -> String {
        // The hatching drawn in the swatch itself: a pattern's id would repeat on the page.
        let hatch =
            switch hatching {
            case .none: ""
            case .lines: "<path d=\"M0 7L7 0M0 14L14 0M7 14L14 7\" stroke=\"#ffffff\" stroke-width=\"2\"/>"
            case .dots: "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#ffffff\"/><circle cx=\"10\" cy=\"10\" r=\"1.5\" fill=\"#ffffff\"/>"
            case .cross: "<path d=\"M7 0V14M0 7H14\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            }
        return
            "<svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\"><rect width=\"14\" height=\"14\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"/>\(hatch)</svg>"
    }

    package static func swatch(line color: String, dashed: Bool) -> String {
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        return
            "<svg class=\"swatch\" viewBox=\"0 0 20 14\" width=\"20\" height=\"14\"><line x1=\"0\" x2=\"20\" y1=\"7\" y2=\"7\" stroke=\"\(color)\" stroke-width=\"3\"\(dash)/></svg>"
    }

    /// The colour of a series named by `key` (an action's code): always the
    /// same for the same key, whatever other series the chart has.
    package static func colour(for key: String) -> String {
        // FNV-1a: stable across runs, unlike Swift's hash.
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return seriesColours[Int(hash % UInt32(seriesColours.count))]
    }

    /// The colours of series that have their own: Okabe–Ito without the
    /// greys and the yellow (too pale on white, and under white hatching),
    /// with Tol's wine in its place.
    package static let seriesColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255"]

    /// Distinct colours that stay apart for the common kinds of colour blindness (Okabe–Ito), then greys.
    package static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F", "#000000"]
}

extension Double {
    /// The value a chart draws: not finite counts as 0, and the size is kept
    /// within ±1e300, so that no stored number can stop a page.
    package var chartable: Double { isFinite ? Swift.min(Swift.max(self, -1e300), 1e300) : 0 }
}
