/// Texts of signing in, registration, the account, people and API tokens.
package enum AccountsText: String, BilingualCatalogue {
    case recordUser, recordRole, recordToken, mustChangePassword, person, city, createdBy, revokedAt
    case navLogin, navRegister, navAccount, navLogout, navOutbox, navMyCity
    case signedInAs
    case loginTitle, loginLead, loginSubmit, loginFailed, loginForgot, loginNoAccount
    case fieldEmail, fieldPassword, fieldName, fieldNewPassword, fieldCurrentPassword, fieldRole
    case passwordHint
    case registerTitle, registerLead, registerSubmit, registerHaveAccount
    case confirmTitle, confirmLead, confirmSubmit, confirmInvalid
    case mailConfirmSubject, mailConfirmBody, mailAlreadyRegisteredSubject, mailAlreadyRegisteredBody
    case accountSignIns, accountSignInOK, accountSignInFailed
    case errorRequired, errorPasswordShort, errorPasswordCommon, errorPasswordWrong
    case accountTitle, accountRoles, accountNoRoles, accountChangePassword, accountMustChange, accountPasswordChanged
    case forgotTitle, forgotLead, forgotSubmit, forgotSent
    case resetTitle, resetLead, resetSubmit, resetInvalid, resetDone
    case mailResetSubject, mailResetBody, mailInviteSubject, mailInviteBody
    case outboxTitle, outboxLead, outboxEmpty, outboxTo, outboxSubject, outboxWhen, outboxLinkHidden
    case roleCoordinator, roleCityAdmin, roleCityOfficer, roleWorkingGroupMember, roleResident
    case roleIn
    case peopleTitle, peopleLead, peopleInviteTitle, peopleInviteSubmit, peopleInvited, peopleRemove, peopleEmpty, peopleSince,
        peopleColumnPerson, peopleColumnActions
    case tokensTitle, tokensLead, tokensCreateTitle, tokensName, tokensScope, tokensScopeRead, tokensScopeWrite, tokensCreate
    case tokensCreated, tokensCreatedWarning, tokensEmpty, tokensRevoke, tokensRevoked, tokensLastUsed, tokensNeverUsed, tokensCreatedAt
    case tokensColumnName, tokensColumnStatus, tokensActive

    package var slovenian: Message {
        switch self {
        case .recordUser: .text("Račun")
        case .recordRole: .text("Vloga osebe")
        case .recordToken: .text("Žeton API")
        case .mustChangePassword: .text("Mora zamenjati geslo")
        case .person: .text("Oseba")
        case .city: .text("Mesto")
        case .createdBy: .text("Kdo ga je ustvaril")
        case .revokedAt: .text("Preklican")
        case .navLogin: .text("Prijava")
        case .navRegister: .text("Registracija")
        case .navAccount: .text("Moj račun")
        case .navLogout: .text("Odjava")
        case .navOutbox: .text("Odhodna pošta")
        case .navMyCity: .text("Moje mesto")
        case .signedInAs: .text("Prijavljeni ste kot {name}")
        case .loginTitle: .text("Prijava")
        case .loginLead: .text("Prijavite se z e-poštnim naslovom in geslom.")
        case .loginSubmit: .text("Prijava")
        case .loginFailed: .text("E-poštni naslov ali geslo ni pravilno.")
        case .loginForgot: .text("Ste pozabili geslo?")
        case .loginNoAccount: .text("Še nimate računa? Registrirajte se.")
        case .fieldEmail: .text("E-poštni naslov")
        case .fieldPassword: .text("Geslo")
        case .fieldName: .text("Ime in priimek")
        case .fieldNewPassword: .text("Novo geslo")
        case .fieldCurrentPassword: .text("Sedanje geslo")
        case .fieldRole: .text("Vloga")
        case .passwordHint: .text("Vsaj 10 znakov. Pogosta gesla niso dovoljena.")
        case .registerTitle: .text("Registracija")
        case .registerLead: .text("Z računom lahko predlagate ukrepe, jih podprete, komentirate in se prijavite na dogodke.")
        case .registerSubmit: .text("Ustvari račun")
        case .registerHaveAccount: .text("Že imate račun? Prijavite se.")
        case .confirmTitle: .text("Potrditev e-poštnega naslova")
        case .confirmLead: .text("Potrdite naslov {email}; račun bo ustvarjen in prijavljeni boste.")
        case .confirmSubmit: .text("Potrdi in ustvari račun")
        case .confirmInvalid:
            .text(
                "Povezava ni veljavna: morda je potekla (velja 24 ur), je bila že uporabljena ali račun s tem naslovom že obstaja. Registrirajte se znova ali se prijavite."
            )
        case .mailConfirmSubject: .text("Zaveza: potrdite svoj e-poštni naslov")
        case .mailConfirmBody:
            .text(
                "Pozdravljeni, {name},\n\nza dokončanje registracije na Zavezi odprite povezavo:\n{link}\n\nPovezava velja 24 ur in samo enkrat. Če se niste registrirali, to sporočilo prezrite; račun ne bo ustvarjen."
            )
        case .mailAlreadyRegisteredSubject: .text("Zaveza: račun s tem naslovom že obstaja")
        case .mailAlreadyRegisteredBody:
            .text(
                "Pozdravljeni,\n\nnekdo se je želel na Zavezi registrirati s tem naslovom, a račun z njim že imate. Prijavite se na {login}; če ste pozabili geslo, si novo izberete na {forgot}.\n\nČe se niste registrirali vi, to sporočilo prezrite."
            )
        case .accountSignIns: .text("Zadnje prijave v vaš račun")
        case .accountSignInOK: .text("uspešna")
        case .accountSignInFailed: .text("napačno geslo")
        case .errorRequired: .text("Polje »{field}« je obvezno.")
        case .errorPasswordShort: .text("Geslo mora imeti vsaj 10 znakov.")
        case .errorPasswordCommon: .text("To geslo je preveč pogosto ali preveč predvidljivo; izberite drugo.")
        case .errorPasswordWrong: .text("Sedanje geslo ni pravilno.")
        case .accountTitle: .text("Moj račun")
        case .accountRoles: .text("Moje vloge")
        case .accountNoRoles: .text("Ste prebivalec oziroma prebivalka brez posebnih vlog.")
        case .accountChangePassword: .text("Zamenjava gesla")
        case .accountMustChange: .text("Prijavili ste se z enkratnim geslom. Preden nadaljujete, si izberite svoje geslo.")
        case .accountPasswordChanged: .text("Geslo je zamenjano.")
        case .forgotTitle: .text("Pozabljeno geslo")
        case .forgotLead: .text("Vpišite svoj e-poštni naslov in poslali vam bomo povezavo za novo geslo. Povezava velja eno uro.")
        case .forgotSubmit: .text("Pošlji povezavo")
        case .forgotSent: .text("Če račun s tem naslovom obstaja, smo nanj poslali povezavo za novo geslo.")
        case .resetTitle: .text("Novo geslo")
        case .resetLead: .text("Izberite novo geslo za svoj račun.")
        case .resetSubmit: .text("Shrani geslo")
        case .resetInvalid: .text("Povezava ni veljavna: morda je potekla ali je bila že uporabljena. Zahtevajte novo.")
        case .resetDone: .text("Geslo je shranjeno; zdaj ste prijavljeni.")
        case .mailResetSubject: .text("Zaveza: novo geslo")
        case .mailResetBody:
            .text(
                "Pozdravljeni,\n\nza svoj račun na Zavezi si novo geslo izberete na povezavi:\n{link}\n\nPovezava velja eno uro in samo enkrat. Če novega gesla niste zahtevali, to sporočilo prezrite."
            )
        case .mailInviteSubject: .text("Zaveza: vabilo")
        case .mailInviteBody:
            .text(
                "Pozdravljeni,\n\n{inviter} vas vabi na Zavezo kot {role}.\nGeslo za svoj račun si izberete na povezavi:\n{link}\n\nPovezava velja sedem dni in samo enkrat."
            )
        case .outboxTitle: .text("Odhodna pošta")
        case .outboxLead:
            .text(
                "Sporočila, ki jih platforma pošilja po e-pošti. Enkratne povezave (ponastavitev gesla, vabila) so tu skrite: uporabi jih lahko le prejemnik."
            )
        case .outboxEmpty: .text("Ni sporočil.")
        case .outboxLinkHidden: .text("[enkratna povezava je skrita: uporabi jo lahko le prejemnik]")
        case .outboxTo: .text("Za")
        case .outboxSubject: .text("Zadeva")
        case .outboxWhen: .text("Čas")
        case .roleCoordinator: .text("koordinator partnerstva")
        case .roleCityAdmin: .text("skrbnik mesta")
        case .roleCityOfficer: .text("uradnik mesta")
        case .roleWorkingGroupMember: .text("član delovne skupine")
        case .roleResident: .text("prebivalec")
        case .roleIn: .text("{role}, {city}")
        case .peopleTitle: .text("Ljudje mesta {city}")
        case .peopleLead: .text("Kdo ima vlogo v delovnem prostoru mesta. Odstranjeno vlogo lahko obnovite med izbrisanimi zapisi.")
        case .peopleInviteTitle: .text("Povabi osebo")
        case .peopleInviteSubmit: .text("Povabi")
        case .peopleInvited: .text("Vloga je dodana. Vabilo s povezavo za geslo je v odhodni pošti.")
        case .peopleRemove: .text("Odstrani vlogo")
        case .peopleEmpty: .text("V tem mestu še nihče nima vloge.")
        case .peopleSince: .text("Od")
        case .peopleColumnPerson: .text("Oseba")
        case .peopleColumnActions: .text("Dejanja")
        case .tokensTitle: .text("Žetoni API mesta {city}")
        case .tokensLead:
            .text("Naprave (merilne postaje, sistemi) s žetonom berejo ali pišejo podatke mesta prek API z glavo Authorization: Bearer.")
        case .tokensCreateTitle: .text("Nov žeton")
        case .tokensName: .text("Ime (za kaj je žeton)")
        case .tokensScope: .text("Dovoljenje")
        case .tokensScopeRead: .text("samo branje")
        case .tokensScopeWrite: .text("branje in pisanje")
        case .tokensCreate: .text("Ustvari žeton")
        case .tokensCreated: .text("Žeton »{name}« je ustvarjen:")
        case .tokensCreatedWarning: .text("Shranite ga zdaj: prikazan je samo enkrat, shranjen pa le v nepovratni obliki.")
        case .tokensEmpty: .text("Mesto še nima žetonov.")
        case .tokensRevoke: .text("Prekliči")
        case .tokensRevoked: .text("preklican {date}")
        case .tokensLastUsed: .text("Nazadnje uporabljen")
        case .tokensNeverUsed: .text("še ni bil uporabljen")
        case .tokensCreatedAt: .text("Ustvarjen")
        case .tokensColumnName: .text("Ime")
        case .tokensColumnStatus: .text("Stanje")
        case .tokensActive: .text("veljaven")
        }
    }

    package var english: Message {
        switch self {
        case .recordUser: .text("Account")
        case .recordRole: .text("Person's role")
        case .recordToken: .text("API token")
        case .mustChangePassword: .text("Must change the password")
        case .person: .text("Person")
        case .city: .text("City")
        case .createdBy: .text("Created by")
        case .revokedAt: .text("Revoked")
        case .navLogin: .text("Sign in")
        case .navRegister: .text("Register")
        case .navAccount: .text("My account")
        case .navLogout: .text("Sign out")
        case .navOutbox: .text("Outbox")
        case .navMyCity: .text("My city")
        case .signedInAs: .text("Signed in as {name}")
        case .loginTitle: .text("Sign in")
        case .loginLead: .text("Sign in with your e-mail address and password.")
        case .loginSubmit: .text("Sign in")
        case .loginFailed: .text("The e-mail address or the password is not right.")
        case .loginForgot: .text("Forgot your password?")
        case .loginNoAccount: .text("No account yet? Register.")
        case .fieldEmail: .text("E-mail address")
        case .fieldPassword: .text("Password")
        case .fieldName: .text("Full name")
        case .fieldNewPassword: .text("New password")
        case .fieldCurrentPassword: .text("Current password")
        case .fieldRole: .text("Role")
        case .passwordHint: .text("At least 10 characters. Common passwords are not allowed.")
        case .registerTitle: .text("Register")
        case .registerLead: .text("With an account you can propose measures, support and comment on them, and register for events.")
        case .registerSubmit: .text("Create account")
        case .registerHaveAccount: .text("Already have an account? Sign in.")
        case .confirmTitle: .text("Confirm your e-mail address")
        case .confirmLead: .text("Confirm the address {email}; your account will be created and you will be signed in.")
        case .confirmSubmit: .text("Confirm and create the account")
        case .confirmInvalid:
            .text(
                "This link is not valid: it may have expired (it lasts 24 hours), been used already, or an account with this address exists by now. Register again or sign in."
            )
        case .mailConfirmSubject: .text("Zaveza: confirm your e-mail address")
        case .mailConfirmBody:
            .text(
                "Hello {name},\n\nto finish registering on Zaveza, open this link:\n{link}\n\nThe link is valid for 24 hours and can be used once. If you did not register, ignore this message; no account will be made."
            )
        case .mailAlreadyRegisteredSubject: .text("Zaveza: an account with this address exists")
        case .mailAlreadyRegisteredBody:
            .text(
                "Hello,\n\nsomeone tried to register on Zaveza with this address, but you already have an account with it. Sign in at {login}; if you forgot your password, choose a new one at {forgot}.\n\nIf it was not you, ignore this message."
            )
        case .accountSignIns: .text("Recent sign-ins to your account")
        case .accountSignInOK: .text("succeeded")
        case .accountSignInFailed: .text("wrong password")
        case .errorRequired: .text("“{field}” is required.")
        case .errorPasswordShort: .text("The password must have at least 10 characters.")
        case .errorPasswordCommon: .text("This password is too common or too easy to guess; choose another.")
        case .errorPasswordWrong: .text("The current password is not right.")
        case .accountTitle: .text("My account")
        case .accountRoles: .text("My roles")
        case .accountNoRoles: .text("You are a resident with no special roles.")
        case .accountChangePassword: .text("Change password")
        case .accountMustChange: .text("You signed in with a one-time password. Choose your own password before you go on.")
        case .accountPasswordChanged: .text("Your password has been changed.")
        case .forgotTitle: .text("Forgotten password")
        case .forgotLead:
            .text("Enter your e-mail address and we will send you a link to choose a new password. The link is valid for one hour.")
        case .forgotSubmit: .text("Send the link")
        case .forgotSent: .text("If an account with this address exists, a link to choose a new password has been sent to it.")
        case .resetTitle: .text("New password")
        case .resetLead: .text("Choose a new password for your account.")
        case .resetSubmit: .text("Save password")
        case .resetInvalid: .text("The link is not valid: it may have expired or been used already. Ask for a new one.")
        case .resetDone: .text("Your password has been saved and you are signed in.")
        case .mailResetSubject: .text("Zaveza: new password")
        case .mailResetBody:
            .text(
                "Hello,\n\nchoose a new password for your Zaveza account at:\n{link}\n\nThe link is valid for one hour and can be used once. If you did not ask for a new password, ignore this message."
            )
        case .mailInviteSubject: .text("Zaveza: invitation")
        case .mailInviteBody:
            .text(
                "Hello,\n\n{inviter} invites you to Zaveza as {role}.\nChoose the password for your account at:\n{link}\n\nThe link is valid for seven days and can be used once."
            )
        case .outboxTitle: .text("Outbox")
        case .outboxLead:
            .text(
                "Messages the platform sends by e-mail. One-time links (password resets, invitations) are hidden here: only the recipient may use them."
            )
        case .outboxEmpty: .text("No messages.")
        case .outboxLinkHidden: .text("[one-time link hidden: only the recipient may use it]")
        case .outboxTo: .text("To")
        case .outboxSubject: .text("Subject")
        case .outboxWhen: .text("Time")
        case .roleCoordinator: .text("partnership coordinator")
        case .roleCityAdmin: .text("city admin")
        case .roleCityOfficer: .text("city officer")
        case .roleWorkingGroupMember: .text("working-group member")
        case .roleResident: .text("resident")
        case .roleIn: .text("{role}, {city}")
        case .peopleTitle: .text("People of {city}")
        case .peopleLead: .text("Who holds a role in the city's workspace. A removed role can be restored among the deleted records.")
        case .peopleInviteTitle: .text("Invite a person")
        case .peopleInviteSubmit: .text("Invite")
        case .peopleInvited: .text("The role has been added. An invitation with a link to set a password is in the outbox.")
        case .peopleRemove: .text("Remove role")
        case .peopleEmpty: .text("No one holds a role in this city yet.")
        case .peopleSince: .text("Since")
        case .peopleColumnPerson: .text("Person")
        case .peopleColumnActions: .text("Actions")
        case .tokensTitle: .text("API tokens of {city}")
        case .tokensLead:
            .text(
                "Machines (sensors, other systems) use a token to read or write the city's data through the API with the header Authorization: Bearer."
            )
        case .tokensCreateTitle: .text("New token")
        case .tokensName: .text("Name (what the token is for)")
        case .tokensScope: .text("Permission")
        case .tokensScopeRead: .text("read only")
        case .tokensScopeWrite: .text("read and write")
        case .tokensCreate: .text("Create token")
        case .tokensCreated: .text("Token “{name}” has been created:")
        case .tokensCreatedWarning: .text("Keep it now: it is shown only once and stored only in a form that cannot be reversed.")
        case .tokensEmpty: .text("The city has no tokens yet.")
        case .tokensRevoke: .text("Revoke")
        case .tokensRevoked: .text("revoked {date}")
        case .tokensLastUsed: .text("Last used")
        case .tokensNeverUsed: .text("not used yet")
        case .tokensCreatedAt: .text("Created")
        case .tokensColumnName: .text("Name")
        case .tokensColumnStatus: .text("Status")
        case .tokensActive: .text("active")
        }
    }
}

extension Role {
    package var text: AccountsText {
        switch self {
        case .coordinator: .roleCoordinator
        case .cityAdmin: .roleCityAdmin
        case .cityOfficer: .roleCityOfficer
        case .workingGroupMember: .roleWorkingGroupMember
        case .resident: .roleResident
        }
    }
}
