import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp

@Suite("Good practices: published for everyone, drafts for the working group, attachments checked by their content")
struct PracticesTests {
    static func practice(_ app: Application, titled title: String) async throws -> GoodPractice {
        try #require(try await GoodPractice.query(on: app.db).filter(\.$title == title).first())
    }

    static let form: [String: String] = [
        "title": "Energetska izkaznica za vse šole", "summary": "Vse šole imajo izkaznico in načrt prenove.", "field": "buildings",
        "purpose": "mitigation", "challenge": "Ni bilo podatkov o rabi energije.", "solution": "Meritve in izkaznice za 30 šol.",
        "result_label_1": "Šol z izkaznico", "result_value_1": "30", "result_unit_1": "šol", "result_year_1": "2025",
        "cost_eur": "45.000,50",
        "months": "8", "links": "https://www.kranj.si/sole",
    ]

    @Test("a visitor reads the published practices, filtered by field, purpose and city; drafts only for the working group")
    func listsAndDrafts() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let list = try await visitor.get(SiteRoute.practices().path)
            #expect(list.status == .ok && list.text.contains("10 dobrih praks"))
            #expect(!list.text.contains("Energetsko pogodbeništvo v javnih stavbah"), "a draft is not shown")
            let adaptation = try await visitor.get(SiteRoute.practices(.init(purpose: .adaptation)).path)
            #expect(adaptation.text.contains("2 dobri praksi") && adaptation.text.contains("Zeleni obroč"))
            let velenje = try await visitor.get(SiteRoute.practices(.init(city: "velenje")).path)
            #expect(velenje.text.contains("Zadrževalniki deževnice"), "a partner city's practice is the city's too")
            let mobility = try await visitor.get(SiteRoute.practices(.init(field: .mobility)).path)
            #expect(mobility.text.contains("3 dobre prakse"))
            let draft = try await Self.practice(app, titled: "Energetsko pogodbeništvo v javnih stavbah")
            #expect(try await visitor.get(SiteRoute.practice(id: try draft.requireID()).path).status == .notFound)
            let member = try await TestClient.signedIn(app, as: Demo.velenjeMember)
            #expect(try await member.get(SiteRoute.practices().path).text.contains("Energetsko pogodbeništvo v javnih stavbah"))
            let page = try await member.get(SiteRoute.practice(id: try draft.requireID()).path)
            #expect(page.status == .ok && page.text.contains("Osnutek: vidijo ga le člani"))
            #expect(!page.text.contains("Vrni med osnutke") && !page.text.contains(">Objavi<"), "Velenje does not write Kranj's practice")

            let api = try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?field=mobility")
            #expect(api.status == .ok && api.text.contains(#""total":3"#) && api.text.contains("porocilo.pdf"))
            #expect(try await TestClient.api(app, .GET, SiteRoute.apiPractice(id: try draft.requireID()).path).status == .notFound)
            #expect(try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?city=Kranj!").status == .badRequest)
        }
    }

    @Test("a member writes a draft with results and partners, the form names each problem, publishing shows it to all")
    func writeAndPublish() async throws {
        try await withTestApp { app in
            let kranj = try await TestClient.signedIn(app, as: Demo.workingGroup)
            var form = Self.form
            form["result_unit_2"] = "MWh"
            form["links"] = "javascript:alert(1)"
            let refused = try await kranj.post(SiteRoute.practices().path, form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(
                refused.text.contains("Rezultat potrebuje opis, vrednost, enoto in leto.")
                    && refused.text.contains("Povezava 1 ni naslov http(s)."))
            let ljubljana = try #require(try await City.query(on: app.db).filter(\.$slug == "ljubljana").first())
            form = Self.form
            form[PracticesController.partnerName(try ljubljana.requireID())] = "on"
            form["title"] = "Energetska izkaznica za <script>vse</script> šole"
            #expect(try await kranj.post(SiteRoute.practices().path, form: form).status == .seeOther)
            let practice = try await Self.practice(app, titled: form["title"]!)
            #expect(practice.status == .draft && practice.costCents == 4_500_050 && practice.months == 8)
            #expect(practice.results == [PracticeResult(label: "Šol z izkaznico", value: 30, unit: "šol", year: 2025)])
            #expect(practice.partners == [try ljubljana.requireID()])
            let id = try practice.requireID()
            #expect(try await TestClient(app).get(SiteRoute.practice(id: id).path).status == .notFound)

            // A member of a partner city writes it too; one of another city does not; a resident not at all.
            let maja = try await TestClient.signedIn(app, as: "maja.kovac@ljubljana.zaveza.example")
            #expect(try await maja.get(SiteRoute.practiceEdit(id: id).path).status == .ok)
            let velenje = try await TestClient.signedIn(app, as: Demo.velenjeMember)
            #expect(try await velenje.post(SiteRoute.practicePublish(id: id).path).status == .forbidden)
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            #expect(try await resident.post(SiteRoute.practices().path, form: Self.form).status == .forbidden)

            #expect(try await kranj.post(SiteRoute.practicePublish(id: id).path).status == .seeOther)
            let shown = try await TestClient(app).get(SiteRoute.practice(id: id).path)
            #expect(shown.status == .ok && shown.text.contains("45.000,50\u{00A0}€") && shown.text.contains("8 mesecev"))
            #expect(shown.text.contains("&lt;script&gt;vse&lt;/script&gt;") && !shown.text.contains("<script>vse"))
            #expect(shown.text.contains("Ljubljana") && shown.text.contains("https://www.kranj.si/sole"))
            // An old form is a conflict.
            var edit = PracticesController.values(try await Self.practice(app, titled: form["title"]!), .sl)
            edit["version"] = "1"
            #expect(try await kranj.post(SiteRoute.practiceEdit(id: id).path, form: edit).status == .conflict)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let history = try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path)
            #expect(history.text.contains("Dobra praksa") && history.text.contains("objavljena"))
        }
    }

    @Test("an attachment is taken by its content, not its name; a wrong type, too big or a path in its name stores nothing")
    func attachments() async throws {
        try await withTestApp { app in
            let practice = try await Self.practice(app, titled: "Sončne elektrarne na strehah šol")
            let id = try practice.requireID()
            let path = SiteRoute.practiceAttachments(id: id).path
            let kranj = try await TestClient.signedIn(app, as: Demo.workingGroup)
            let before = try await PracticeAttachment.query(on: app.db).count()
            let folder = app.files.directory
            func stored() -> Int {
                ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).filter { $0.contains("/") }.count
            }
            let filesBefore = stored()
            let cases: [(String, [UInt8], String)] = [
                ("porocilo.pdf", Array("Ni PDF, samo besedilo.".utf8), "vrsto preverimo po vsebini"),
                ("../../etc/passwd.pdf", DemoFiles.pdf(lines: ["x"]), "ne sme vsebovati mape"),
                ("velik.pdf", Array("%PDF-".utf8) + [UInt8](repeating: 0x20, count: FileStore.maximumSize), "večja od 20 MB"),
            ]
            for (name, bytes, message) in cases {
                let refused = try await kranj.upload(path, file: ("file", name, bytes))
                #expect(refused.status == .unprocessableEntity, "\(name)")
                #expect(refused.text.contains(message), "\(name)")
            }
            #expect(try await PracticeAttachment.query(on: app.db).count() == before && stored() == filesBefore, "nothing stored")

            let pdf = DemoFiles.pdf(lines: ["Poročilo o sončnih elektrarnah"])
            #expect(try await kranj.upload(path, file: ("file", "Poročilo 2025.pdf", pdf)).status == .seeOther)
            let file = try #require(try await PracticeAttachment.query(on: app.db).filter(\.$name == "Poročilo 2025.pdf").first())
            #expect(file.kind == .pdf && file.size == pdf.count)
            let download = try await TestClient(app).get(SiteRoute.practiceFile(id: id, file: try file.requireID()).path)
            #expect(download.status == .ok && download.headers.contentType?.description == "application/pdf")
            let disposition = download.headers.first(name: .contentDisposition) ?? ""
            #expect(
                disposition.contains(#"filename="Poro_ilo 2025.pdf""#) && disposition.contains("filename*=UTF-8''Poro%C4%8Dilo%202025.pdf"))
            #expect(Array(download.body.readableBytesView) == pdf)
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")

            // A resident may not attach; the coordinator's backup holds every file.
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            #expect(try await resident.upload(path, file: ("file", "x.pdf", pdf)).status == .forbidden)
            let copy = NSTemporaryDirectory() + "zaveza-backup-" + UUID().uuidString
            let copied = try app.files.copy(to: copy)
            let digests = Set(try await PracticeAttachment.query(on: app.db).all().map(\.sha256))
            #expect(copied == digests.count)
            for digest in digests { #expect(FileManager.default.fileExists(atPath: copy + "/" + digest.prefix(2) + "/" + digest)) }

            // Deleted reversibly, with undo.
            let deleted = try await kranj.post(SiteRoute.practiceFileDelete(id: id, file: try file.requireID()).path)
            #expect(deleted.status == .seeOther)
            #expect(try await TestClient(app).get(SiteRoute.practiceFile(id: id, file: try file.requireID()).path).status == .notFound)
            let restore = SiteRoute.cityRestore(slug: "kranj", type: PracticeAttachment.auditType, id: try file.requireID(), back: "/")
            #expect(try await kranj.post(restore.path).status == .seeOther)
            #expect(try await TestClient(app).get(SiteRoute.practiceFile(id: id, file: try file.requireID()).path).status == .ok)
        }
    }

    @Test("the file's kind is told by its bytes: PDF, PNG, JPEG, ODT, DOCX, and nothing else")
    func kinds() {
        #expect(FileKind.detect(DemoFiles.pdf(lines: ["a"])) == .pdf)
        #expect(FileKind.detect(DemoFiles.png) == .png)
        #expect(FileKind.detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) == .jpeg)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
        #expect(FileKind.detect(zip + Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)) == .odt)
        #expect(FileKind.detect(zip + Array("[Content_Types].xml....word/document.xml".utf8)) == .docx)
        #expect(FileKind.detect(zip + Array("xl/workbook.xml".utf8)) == nil, "a spreadsheet is not taken")
        #expect(FileKind.detect(Array("<html><script>".utf8)) == nil)
        #expect(FileName.check("a\u{0}b.pdf") == .control && FileName.check("..") == .path && FileName.check("ok.pdf") == nil)
    }
}
