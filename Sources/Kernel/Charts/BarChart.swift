import Foundation
import Plot

/// Horizontal bars, one per thing compared (a city's emissions per resident,
/// its probability of meeting the target), drawn wide and narrow as the
/// year charts are, with the numbers in a section that opens.
package struct BarChart: Sendable {
    package struct Bar: Sendable {
        package let label: String
        package let value: Double
        /// The value as the chart and the table write it ("4,2 t", "35 %").
        package let text: String
        package let color: String

        package init(label: String, value: Double, text: String, color: String) {
            self.label = label
            self.value = value
            self.text = text
            self.color = color
        }
    }

    package let id: String
    package let title: String
    package let description: String
    /// The heading of the value column.
    package let valueHeading: String
    package let bars: [Bar]
    /// The value the bars are drawn against (the longest otherwise).
    package var maximum: Double? = nil

    package init(id: String, title: String, description: String, valueHeading: String, bars: [Bar]) {
        self.id = id
        self.title = title
        self.description = description
        self.valueHeading = valueHeading
        self.bars = bars
    }

    func svg(_ frame: YearChart.Frame) -> String {
        let n = YearChart.number
        let rowHeight = 34.0
        let left = frame.suffix.isEmpty ? 150.0 : 110.0
        let height = 14 + Double(bars.count) * rowHeight + 10
        let largest = maximum ?? bars.map { $0.value.isFinite ? $0.value : 0 }.max() ?? 1
        let room = frame.width - left - 70
        func x(_ value: Double) -> Double { left + max(0, value.isFinite ? value : 0) / max(largest, 1e-12) * room }
        let sized = YearChart.Frame(
            width: frame.width, height: height, left: left, right: frame.right, top: 0, bottom: 0, font: frame.font, suffix: frame.suffix)
        var svg = YearChart.opening(id: id, sized, title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let y = 10.0 + Double(index) * rowHeight
            svg += "<text x=\"\(n(left - 8))\" y=\"\(n(y + 17))\" text-anchor=\"end\" font-size=\"\(n(frame.font))\" fill=\"#1d2a23\">"
            svg += bar.label.attributeEscaped + "</text>"
            svg += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(max(1, x(bar.value) - left)))\" height=\"24\" fill=\"\(bar.color)\"/>"
            svg += "<text x=\"\(n(x(bar.value) + 6))\" y=\"\(n(y + 17))\" font-size=\"\(n(frame.font))\" fill=\"#1d2a23\">"
            svg += bar.text.attributeEscaped + "</text>"
        }
        return svg + "</svg>"
    }

    /// The chart for wide screens and for phones and its numbers.
    package func node(_ t: Localizer, rowHeading: String) -> Node<HTML.BodyContext> {
        let table: Node<HTML.BodyContext> = Tables.table(
            caption: title, headings: [(rowHeading, false), (valueHeading, true)],
            rows: bars.map { .tr(Tables.rowHeading($0.label), Tables.number($0.text)) })
        return .div(
            .class("chart"), .raw(svg(.wide)), .raw(svg(.narrow)), YearChart.numbers(title: title, table, printed: table, t))
    }
}
