/// Texts of the layout, the error pages, the API's error messages and the
/// command line: the parts every feature shares.
package enum CoreText: String, BilingualCatalogue {
    case searchButton
    case pages, previousPage, nextPage, pageOf, csvList
    case savedAtOnce
    case percentRange
    case siteName
    case siteTagline
    case skipToContent
    case mainNavigation
    case navHome
    case navCities
    case navOpenData
    case languageSwitch
    case breadcrumb
    case footerAbout
    case footerOpenData
    case footerSource
    case notSet

    case errorNotFoundTitle
    case errorNotFoundText
    case errorUnauthorizedTitle
    case errorUnauthorizedText
    case errorForbiddenTitle
    case errorForbiddenText
    case errorBadRequestTitle
    case errorBadRequestText
    case errorTooLargeTitle
    case errorTooLargeText
    case errorMethodNotAllowedTitle
    case errorMethodNotAllowedText
    case errorServerTitle
    case errorServerText
    case errorTooManyRequestsTitle
    case errorBusyTitle
    case errorBusyText
    case errorTooManyRequestsText
    case errorRequestId
    case errorBackHome
    case apiNotFound
    case apiChangedMeanwhile

    case parameterNotNumber
    case numberBetween
    case changedMeanwhile
    case changedMeanwhileField
    case tooLong
    case parameterOutOfRange, parameterTooLong, parameterNotSlug
    case parameterNotAllowed
    case pageBeyondLast

    case cliServing
    case cliStopWith
    case cliMigrated
    case cliReverted
    case cliDemoLoaded
    case cliDemoRefused
    case cliFirstAdministrator
    case cliBackupWritten, cliBackupFiles
    case cliBackupPostgres
    case cliBackupExists
    case cliConfigurationInvalid
    case cliDemoLogins
    case cliUserCreated
    case cliCannotRead
    case cliNotOneOf
    case cliAtLeast
    case cliUnknownRole
    case cliRoleNeedsCity
    case cliRoleWithoutCity
    case cliUnknownCity
    // Words every feature uses.
    case required, choose, workspace, peopleLink, tokensLink
    // What every form says.
    case formErrorsTitle, chooseNone, wholeNumber, positiveNumber, isoDate, year, percent, webAddress, emailAddress

    // What every table and record says.
    case columnEdit, columnYear, save, delete, edit, cancel, undo, csvExcel, chartNumbers, yes, no, recordGone, passwordSet

    package var slovenian: Message {
        switch self {
        case .searchButton: .text("Išči")
        case .pages: .text("Strani")
        case .previousPage: .text("← Prejšnja stran")
        case .nextPage: .text("Naslednja stran →")
        case .pageOf: .text("Stran {page} od {pages}")
        case .csvList: .text("Seznam v CSV")
        case .percentRange: .text("{mode} ({min} do {max})")
        case .savedAtOnce: .text("Nekdo je isto spremembo shranil v istem trenutku. Odprite stran znova in preverite, kaj je shranjeno.")
        case .siteName: .text("Zaveza")
        case .siteTagline: .text("Partnerstvo slovenskih mest za podnebno nevtralnost")
        case .skipToContent: .text("Preskoči na vsebino")
        case .mainNavigation: .text("Glavna navigacija")
        case .navHome: .text("Domov")
        case .navCities: .text("Mesta")
        case .navOpenData: .text("Odprti podatki")
        case .languageSwitch: .text("Jezik")
        case .breadcrumb: .text("Drobtinice")
        case .footerAbout:
            .text(
                "Zaveza je odprtokodna platforma, na kateri mesta vodijo svojo pot do podnebne nevtralnosti, sodelujejo med seboj in jo delijo s prebivalci."
            )
        case .footerOpenData: .text("Odprti podatki: opis API (OpenAPI)")
        case .footerSource: .text("Odprta koda pod licenco EUPL-1.2")
        case .notSet: .text("ni podatka")

        case .errorNotFoundTitle: .text("Strani ni mogoče najti")
        case .errorNotFoundText:
            .text("Stran, ki jo iščete, ne obstaja ali je bila premaknjena. Preverite naslov ali začnite na domači strani.")
        case .errorUnauthorizedTitle: .text("Potrebna je prijava")
        case .errorUnauthorizedText:
            .text("Za to se morate prijaviti; naprava pa mora poslati veljaven žeton API v glavi Authorization: Bearer.")
        case .errorForbiddenTitle: .text("Dostop ni dovoljen")
        case .errorForbiddenText:
            .text("Za to stran nimate dovoljenja. Če menite, da bi ga morali imeti, se obrnite na skrbnika svojega mesta.")
        case .errorBadRequestTitle: .text("Zahteva ni veljavna")
        case .errorBadRequestText: .text("Zahteve ni bilo mogoče obdelati, ker nekaj v njej ni veljavno.")
        case .errorTooLargeTitle: .text("Zahteva je prevelika")
        case .errorTooLargeText: .text("Ta naslov sprejme največ {size}. Pošljite manjšo datoteko ali krajše besedilo.")
        case .errorMethodNotAllowedTitle: .text("Metoda ni dovoljena")
        case .errorMethodNotAllowedText: .text("Ta naslov ne sprejema metode {method}. Dovoljene so: {allowed}.")
        case .errorServerTitle: .text("Prišlo je do napake")
        case .errorServerText:
            .text("Zahteve nismo mogli izvesti zaradi napake na strežniku. Napaka je zabeležena; poskusite znova čez nekaj trenutkov.")
        case .errorTooManyRequestsTitle: .text("Preveč zahtev")
        case .errorBusyTitle: .text("Strežnik je zaseden")
        case .errorBusyText:
            .text("Hkrati je prišlo preveč zahtev, zato te morda nismo izvedli. Preverite in poskusite znova čez nekaj sekund.")
        case .errorTooManyRequestsText:
            .sl(
                one: "Preveč neuspešnih poskusov. Poskusite znova čez {n} minuto.",
                two: "Preveč neuspešnih poskusov. Poskusite znova čez {n} minuti.",
                few: "Preveč neuspešnih poskusov. Poskusite znova čez {n} minute.",
                other: "Preveč neuspešnih poskusov. Poskusite znova čez {n} minut.")
        case .errorRequestId: .text("Oznaka zahteve: {id}")
        case .errorBackHome: .text("Na domačo stran")
        case .apiNotFound: .text("Vira ni mogoče najti.")
        case .apiChangedMeanwhile:
            .text(
                "Zapis je bil medtem spremenjen (glava If-Match ne ustreza več). Nič ni shranjeno; preberite ga znova in pošljite spremembo z novim ETag."
            )

        case .parameterNotNumber: .text("Parameter »{name}« mora biti celo število.")
        case .numberBetween: .text("Vpišite število od {min} do {max}.")
        case .changedMeanwhile:
            .text("Nekdo je to medtem spremenil. Obrazec je ohranil vaše vrednosti; pošljite ga znova, da jih shranite namesto shranjenih.")
        case .changedMeanwhileField: .text("Medtem shranjeno: »{value}«. V polju je vaša vrednost.")
        case .tooLong: .text("Največ {max} znakov (zdaj {length}).")
        case .parameterOutOfRange: .text("Parameter »{name}« mora biti med {min} in {max}.")
        case .parameterTooLong: .text("Parameter »{name}« ima lahko največ {max} znakov.")
        case .parameterNotSlug: .text("Parameter »{name}« je kratko ime mesta: male črke, številke in vezaji, npr. kranj ali novo-mesto.")
        case .parameterNotAllowed: .text("Parameter »{name}« ne sprejme vrednosti »{value}«; dovoljene so: {allowed}.")
        case .pageBeyondLast: .text("Stran {page} ne obstaja; zadnja stran je {last}.")

        case .cliServing: .text("Zaveza teče na {url}")
        case .cliStopWith: .text("Ustavite jo s Ctrl+C.")
        case .cliMigrated: .text("Podatkovna baza je posodobljena ({database}).")
        case .cliReverted: .text("Vse migracije so razveljavljene ({database}).")
        case .cliDemoLoaded: .text("Naloženi so demo podatki: {partnership}, {cities}.")
        case .cliDemoRefused:
            .text(
                "Podatkovna baza ni prazna, zato demo podatkov ne nalagam (našel sem {cities} in {accounts}). Za demo uporabite prazno bazo, npr. ZAVEZA_DATA_DIR=./demo-data."
            )
        case .cliFirstAdministrator:
            .text(
                "V bazi še ni nobenega računa. Prvega skrbnika ustvarite z ukazom spodaj; izpiše enkratno geslo, ki ga ob prvi prijavi zamenjate:\n  zaveza user create --email vi@mesto.si --role coordinator\n(Demo podatki se v produkciji ne naložijo; za demo uporabite ZAVEZA_ENV=development ali serve --demo na prazni bazi.)"
            )
        case .cliBackupWritten: .text("Varnostna kopija je zapisana v {file} ({size}).")
        case .cliBackupFiles: .text("Priložene datoteke ({count}) so prepisane v {folder}.")
        case .cliBackupPostgres:
            .text(
                "Baza je PostgreSQL: varnostno kopijo naredite s pg_dump, ki dobi dosledno sliko tudi med delovanjem strežnika, npr.\n  pg_dump --format=custom --file={file} \"$DATABASE_URL\"\nObnovite jo s pg_restore --clean --dbname=\"$DATABASE_URL\" {file}."
            )
        case .cliBackupExists: .text("Datoteka {file} že obstaja; izberite drugo ime, da ne prepišem obstoječe kopije.")
        case .cliConfigurationInvalid: .text("Nastavitve niso veljavne:")
        case .cliCannotRead: .text("{file}: datoteke ni mogoče prebrati ({detail}).")
        case .cliNotOneOf: .text("{option}: \"{value}\" ni ena od možnosti {allowed}.")
        case .cliAtLeast: .text("{option} mora biti najmanj {minimum}.")
        case .cliDemoLogins: .text("Demo prijave (geslo za vse: {password}):")
        case .cliUserCreated:
            .text("Račun {email} ima vlogo {role}. Enkratno geslo: {password}\nOb prvi prijavi si bo oseba izbrala svoje geslo.")
        case .cliUnknownRole: .text("Vloga »{role}« ne obstaja; možne so: {allowed}.")
        case .cliRoleNeedsCity: .text("Vloga {role} velja za eno mesto: dodajte --city SLUG.")
        case .cliRoleWithoutCity: .text("Vloga {role} ne velja za posamezno mesto: izpustite --city.")
        case .cliUnknownCity: .text("Mesta »{city}« ni; slug je npr. kranj ali novo-mesto.")
        case .required: .text("To polje je obvezno.")
        case .choose: .text("Izberite eno od možnosti.")
        case .workspace: .text("Delovni prostor mesta")
        case .peopleLink: .text("Ljudje")
        case .tokensLink: .text("Žetoni API")
        case .formErrorsTitle: .text("Obrazec ima napake")
        case .chooseNone: .text("—")
        case .wholeNumber: .text("Vpišite celo število od {min} do {max}.")
        case .positiveNumber: .text("Vpišite pozitivno število, npr. 150,9.")
        case .isoDate: .text("Vpišite datum kot 22. 10. 2024 ali 2024-10-22 (mesec kot 2024-10).")
        case .year: .text("Vpišite leto med 1990 in 2100.")
        case .percent: .text("Vpišite odstotek med 0 in 100.")
        case .webAddress: .text("Vpišite celoten naslov, ki se začne s https:// ali http://.")
        case .emailAddress: .text("Vpišite veljaven e-poštni naslov, npr. ime@primer.si.")
        case .edit: .text("Uredi")
        case .cancel: .text("Prekliči")
        case .undo: .text("Razveljavi")
        case .csvExcel: .text("CSV za Excel")
        case .delete: .text("Izbriši")
        case .save: .text("Shrani")
        case .columnYear: .text("Leto")
        case .yes: .text("da")
        case .no: .text("ne")
        case .recordGone: .text("zapis, ki ga ni več")
        case .passwordSet: .text("nastavljeno")
        case .chartNumbers: .text("Številke grafikona »{title}«")
        case .columnEdit: .text("Urejanje")
        }
    }

    package var english: Message {
        switch self {
        case .searchButton: .text("Search")
        case .pages: .text("Pages")
        case .previousPage: .text("← Previous page")
        case .nextPage: .text("Next page →")
        case .pageOf: .text("Page {page} of {pages}")
        case .csvList: .text("The list as CSV")
        case .percentRange: .text("{mode} ({min} to {max})")
        case .savedAtOnce: .text("Someone saved the same change at the same moment. Open the page again and check what has been saved.")
        case .siteName: .text("Zaveza")
        case .siteTagline: .text("Slovenian cities' partnership for climate neutrality")
        case .skipToContent: .text("Skip to content")
        case .mainNavigation: .text("Main navigation")
        case .navHome: .text("Home")
        case .navCities: .text("Cities")
        case .navOpenData: .text("Open data")
        case .languageSwitch: .text("Language")
        case .breadcrumb: .text("Breadcrumb")
        case .footerAbout:
            .text(
                "Zaveza is an open-source platform on which cities keep their path to climate neutrality, work together and share it with their residents."
            )
        case .footerOpenData: .text("Open data: API description (OpenAPI)")
        case .footerSource: .text("Open source under the EUPL-1.2 licence")
        case .notSet: .text("not given")

        case .errorNotFoundTitle: .text("Page not found")
        case .errorNotFoundText:
            .text("The page you are looking for does not exist or has moved. Check the address or start from the home page.")
        case .errorUnauthorizedTitle: .text("Sign-in required")
        case .errorUnauthorizedText:
            .text("You need to sign in for this; a machine must send a valid API token in the Authorization: Bearer header.")
        case .errorForbiddenTitle: .text("Access denied")
        case .errorForbiddenText: .text("You do not have permission for this page. If you think you should, ask your city's administrator.")
        case .errorBadRequestTitle: .text("Invalid request")
        case .errorBadRequestText: .text("The request could not be processed because something in it is not valid.")
        case .errorTooLargeTitle: .text("Too much was sent")
        case .errorTooLargeText: .text("This address takes at most {size}. Send a smaller file or a shorter text.")
        case .errorMethodNotAllowedTitle: .text("Method not allowed")
        case .errorMethodNotAllowedText: .text("This address does not accept {method}. Allowed: {allowed}.")
        case .errorServerTitle: .text("Something went wrong")
        case .errorServerText:
            .text("We could not complete the request because of a server error. The error has been logged; please try again in a moment.")
        case .errorTooManyRequestsTitle: .text("Too many requests")
        case .errorBusyTitle: .text("The server is busy")
        case .errorBusyText:
            .text("Too many requests came at once, so this one may not have been carried out. Please check and try again in a few seconds.")
        case .errorTooManyRequestsText:
            .en(
                one: "Too many failed attempts. Please try again in {n} minute.",
                other: "Too many failed attempts. Please try again in {n} minutes.")
        case .errorRequestId: .text("Request id: {id}")
        case .errorBackHome: .text("Go to the home page")
        case .apiNotFound: .text("Nothing was found at this address.")
        case .apiChangedMeanwhile:
            .text(
                "The record changed meanwhile (If-Match no longer matches). Nothing was saved; read it again and send the change with its new ETag."
            )

        case .parameterNotNumber: .text("Parameter “{name}” must be a whole number.")
        case .numberBetween: .text("Enter a number from {min} to {max}.")
        case .changedMeanwhile:
            .text("Someone changed this meanwhile. The form keeps your values; send it again to save them instead of theirs.")
        case .changedMeanwhileField: .text("Saved meanwhile: “{value}”. The field holds your value.")
        case .tooLong: .text("At most {max} characters (now {length}).")
        case .parameterOutOfRange: .text("Parameter “{name}” must be between {min} and {max}.")
        case .parameterTooLong: .text("Parameter “{name}” has at most {max} characters.")
        case .parameterNotSlug:
            .text("Parameter “{name}” is a city's short name: lower-case letters, digits and hyphens, e.g. kranj or novo-mesto.")
        case .parameterNotAllowed: .text("Parameter “{name}” does not accept “{value}”; allowed: {allowed}.")
        case .pageBeyondLast: .text("Page {page} does not exist; the last page is {last}.")

        case .cliServing: .text("Zaveza is running at {url}")
        case .cliStopWith: .text("Stop it with Ctrl+C.")
        case .cliMigrated: .text("The database is up to date ({database}).")
        case .cliReverted: .text("All migrations have been reverted ({database}).")
        case .cliDemoLoaded: .text("Demo data loaded: {partnership}, {cities}.")
        case .cliDemoRefused:
            .text(
                "The database is not empty, so no demo data was loaded (found {cities} and {accounts}). Use an empty database for the demo, e.g. ZAVEZA_DATA_DIR=./demo-data."
            )
        case .cliFirstAdministrator:
            .text(
                "The database holds no account yet. Create the first administrator with the command below; it prints a one-time password, to be replaced at the first sign-in:\n  zaveza user create --email you@city.example --role coordinator\n(Demo data are never loaded in production; for a demo use ZAVEZA_ENV=development or serve --demo on an empty database.)"
            )
        case .cliBackupWritten: .text("Backup written to {file} ({size}).")
        case .cliBackupFiles: .text("Attached files ({count}) copied to {folder}.")
        case .cliBackupPostgres:
            .text(
                "The database is PostgreSQL: back it up with pg_dump, which takes a consistent snapshot while the server runs, e.g.\n  pg_dump --format=custom --file={file} \"$DATABASE_URL\"\nRestore it with pg_restore --clean --dbname=\"$DATABASE_URL\" {file}."
            )
        case .cliBackupExists: .text("The file {file} already exists; choose another name so that no earlier backup is overwritten.")
        case .cliConfigurationInvalid: .text("The configuration is not valid:")
        case .cliCannotRead: .text("{file}: the file cannot be read ({detail}).")
        case .cliNotOneOf: .text("{option}: \"{value}\" is not one of {allowed}.")
        case .cliAtLeast: .text("{option} must be at least {minimum}.")
        case .cliDemoLogins: .text("Demo logins (password for all: {password}):")
        case .cliUserCreated:
            .text(
                "Account {email} has the role {role}. One-time password: {password}\nAt the first sign-in the person chooses their own password."
            )
        case .cliUnknownRole: .text("There is no role “{role}”; possible: {allowed}.")
        case .cliRoleNeedsCity: .text("The role {role} belongs to one city: add --city SLUG.")
        case .cliRoleWithoutCity: .text("The role {role} does not belong to one city: leave out --city.")
        case .cliUnknownCity: .text("There is no city “{city}”; a slug is e.g. kranj or novo-mesto.")
        case .required: .text("This field is required.")
        case .choose: .text("Choose one of the options.")
        case .workspace: .text("City workspace")
        case .peopleLink: .text("People")
        case .tokensLink: .text("API tokens")
        case .formErrorsTitle: .text("The form has errors")
        case .chooseNone: .text("—")
        case .wholeNumber: .text("Enter a whole number from {min} to {max}.")
        case .positiveNumber: .text("Enter a positive number, e.g. 150.9.")
        case .isoDate: .text("Enter the date as 2024-10-22 or 22. 10. 2024 (a month as 2024-10).")
        case .year: .text("Enter a year between 1990 and 2100.")
        case .percent: .text("Enter a percentage between 0 and 100.")
        case .webAddress: .text("Enter the whole address, starting with https:// or http://.")
        case .emailAddress: .text("Enter a valid e-mail address, such as name@example.org.")
        case .edit: .text("Edit")
        case .cancel: .text("Cancel")
        case .undo: .text("Undo")
        case .csvExcel: .text("CSV for Excel")
        case .delete: .text("Delete")
        case .save: .text("Save")
        case .columnYear: .text("Year")
        case .yes: .text("yes")
        case .no: .text("no")
        case .recordGone: .text("a record no longer there")
        case .passwordSet: .text("set")
        case .chartNumbers: .text("The numbers of “{title}”")
        case .columnEdit: .text("Edit")
        }
    }
}
