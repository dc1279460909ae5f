import ClimateModel
import Vapor

/// Every CSV download in two forms: the machine form (RFC 4180, decimal
/// point) and, with `?form=excel`, the form a Slovenian spreadsheet opens as
/// it is (`;`, decimal commas, a byte-order mark).
package enum CSVDownload {
    /// The query item of the spreadsheet form.
    package static let excel = ("form", "excel")

    package static func response(_ csv: String, name: String, _ request: Request) -> Response {
        let spreadsheet = (try? request.query.get(String.self, at: excel.0)) == excel.1
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(name)\(spreadsheet ? "-excel" : "").csv\"")
        let body = spreadsheet ? ((try? CSVTable.excel(csv)) ?? csv) : csv
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
