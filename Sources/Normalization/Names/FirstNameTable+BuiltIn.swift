// The shipped rules/first-names.yml, so the tool runs without a rules folder. A test asserts that
// this text and the file give the same table: edit both together.
extension FirstNameTable {
    static let builtInYAML = #"""
# Dutch call names (roepnamen) and the official first name they stand for.
#
# Records often carry the call name ("Kees") in one registration and the official name from an ID
# document ("Cornelis") in another. Normalization gives both the same `firstNameCanonicalKey`, so
# matching can see them as one first name. Keys are lower-case ASCII; a short form belongs to one
# official name only. Edit freely: the tool reads this file from the rules folder when present.
version: 1
official_names:
  abraham: [bram, abe]
  adrianus: [ad, adri, arie, janus]
  albertus: [albert, bert]
  antonius: [toon, ton, anton, teun, tonny]
  arnoldus: [arnold, noud, arno]
  bartholomeus: [bart, bartel, mees]
  catharina: [toos, tiny, cato, trijn, katrien, rina]
  christiaan: [chris, stiaan]
  cornelia: [corrie, nel, neeltje, cora]
  cornelis: [kees, cees, cor]
  elisabeth: [lies, els, liesbeth, bep, betty, elise, elizabeth]
  everardus: [evert]
  franciscus: [frans, cis]
  frederik: [frits, freek, fred]
  geertruida: [truus, trudy, geertje]
  gerardus: [gerard, ger, gert, gerd]
  gijsbertus: [gijs, gijsbert]
  hendrik: [henk, hein, henny, hennie, rik]
  hendrika: [riek, rika, drika]
  hermanus: [herman, manus, harm]
  hubertus: [huub, hubert, huib]
  jacoba: [coba, coby]
  jacobus: [jaap, koos, co, sjaak, jacco, kobus]
  johanna: [hanneke, joke, janneke, hanna]
  johannes: [jan, hans, joop, johan, jo, hannes, jannes]
  josephus: [sjef, jozef, joep, jos]
  lambertus: [lambert, bertus]
  leendert: [leen, lenny]
  margaretha: [greet, greetje, grietje, margriet, marga, gre]
  maria: [mia, marie, mieke, ria, mies, marja]
  marinus: [rinus, rien, marien]
  martinus: [tinus, martin]
  matthijs: [thijs, ties]
  nicolaas: [klaas, nico, niek, claes]
  petronella: [pietje, nella, pleun, petra]
  petrus: [piet, peter, pier]
  theodorus: [theo, dorus, door]
  wilhelmina: [mien, mina, willemien, wilma]
  willem: [wim, pim, wil, willy]
  wouter: [wout]
"""#
}
