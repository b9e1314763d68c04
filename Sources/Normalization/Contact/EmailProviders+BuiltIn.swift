// The shipped rules/email-providers.yml, so the tool runs without a rules folder. A test asserts
// that this text and the file give the same list: edit both together.
extension EmailProviders {
    static let builtInYAML = #"""
# Mail providers whose domains are real, by the country whose customers use them.
#
# An address at a listed domain is never called a typo: outlook.de is Microsoft's German domain, not
# a misspelling of outlook.be. An unlisted domain one edit away from exactly one listed provider
# (gmial.com, hotmial.nl) gets that provider as suggestion, and `email.domain_typo` reports it when
# the provider is much more common among the customers than the domain itself.
# Add your region's providers under a new country key; the keys only group the list for people.
# Domains are lower case. Unknown keys stop the run (exit code 2) with the file, line and key.
version: 1
providers:
  global: [gmail.com, googlemail.com, outlook.com, hotmail.com, live.com, msn.com, passport.com, yahoo.com,
           ymail.com, rocketmail.com, icloud.com, me.com, mac.com, aol.com, proton.me, protonmail.com, pm.me,
           mail.com, gmx.com, gmx.net, zoho.com, yandex.com, tutanota.com, tuta.io, fastmail.com, hey.com]
  NL: [outlook.nl, hotmail.nl, live.nl, msn.nl, yahoo.nl, ziggo.nl, kpnmail.nl, kpnplanet.nl, planet.nl, home.nl,
       xs4all.nl, hetnet.nl, casema.nl, upcmail.nl, chello.nl, quicknet.nl, online.nl, tele2.nl, telfort.nl,
       zeelandnet.nl, caiway.nl, solcon.nl, kabelfoon.nl, onsbrabantnet.nl, freeler.nl, wanadoo.nl, zonnet.nl,
       versatel.nl, lijbrandt.nl, delta.nl, tiscali.nl]
  BE: [outlook.be, hotmail.be, live.be, msn.be, yahoo.be, telenet.be, skynet.be, proximus.be, belgacom.net,
       scarlet.be, voo.be, edpnet.be, base.be, mobistar.be, orange.be]
  DE: [outlook.de, hotmail.de, live.de, msn.de, yahoo.de, gmx.de, gmx.at, gmx.ch, web.de, t-online.de, freenet.de,
       arcor.de, posteo.de, mailbox.org, online.de, email.de, vodafone.de, kabelmail.de, 1und1.de, ewe.net,
       versanet.de, aol.de]
  FR: [outlook.fr, hotmail.fr, live.fr, msn.fr, yahoo.fr, orange.fr, wanadoo.fr, free.fr, sfr.fr, neuf.fr,
       laposte.net, bbox.fr, numericable.fr, aliceadsl.fr]
  UK: [outlook.co.uk, hotmail.co.uk, live.co.uk, yahoo.co.uk, btinternet.com, btopenworld.com, sky.com,
       virginmedia.com, ntlworld.com, talktalk.net, blueyonder.co.uk, tiscali.co.uk, aol.co.uk]
# Misspellings common enough to name outright, also when more than one edit away (gmail.nl is no
# Google domain, kpnmail.com no KPN one).
typos:
  gmail.nl: gmail.com
  gmail.be: gmail.com
  gmail.de: gmail.com
  gmail.co: gmail.com
  gmail.cm: gmail.com
  gmial.com: gmail.com
  gamil.com: gmail.com
  gmai.com: gmail.com
  gnail.com: gmail.com
  hotmial.com: hotmail.com
  hotmai.com: hotmail.com
  hotmal.com: hotmail.com
  hotmil.com: hotmail.com
  homail.com: hotmail.com
  hotmail.con: hotmail.com
  hotmial.nl: hotmail.nl
  hotmai.nl: hotmail.nl
  ziggo.nll: ziggo.nl
  zigo.nl: ziggo.nl
  ziggo.com: ziggo.nl
  kpnmail.com: kpnmail.nl
  live.nll: live.nl
  outlok.com: outlook.com
  outloo.com: outlook.com
  yaho.com: yahoo.com
"""#
}
