import type { DistrictCode } from './leiden-districts.data.js';

/** The kinds of place an idea can name; `{groen}` in an idea text becomes a park of its district. */
export type PlaceKind = 'wijk' | 'straat' | 'groen' | 'plein' | 'water';

export const PLACE_KINDS: readonly PlaceKind[] = ['wijk', 'straat', 'groen', 'plein', 'water'];

/**
 * Real Leiden places per district, with their article, as residents name them. Where a district has
 * no fitting place of a kind, ideas that need one are simply not voiced there.
 */
export const PLACES: Readonly<Record<DistrictCode, Readonly<Record<PlaceKind, readonly string[]>>>> = {
  WK054600: {
    wijk: ['Pieterswijk', 'de Academiewijk', 'Levendaal', 'ons deel van de binnenstad'],
    straat: ['de Breestraat', 'de Hogewoerd', 'het Levendaal', 'de Steenschuur'],
    groen: ['het Van der Werfpark', 'de Hortus', 'het Plantsoen', 'de Plantage', 'het Singelpark'],
    plein: ['de Garenmarkt', 'het Pieterskerkhof', 'de Vismarkt'],
    water: ['het Rapenburg', 'de Nieuwe Rijn', 'de Zoeterwoudsesingel', 'de Witte Singel'],
  },
  WK054601: {
    wijk: ['de Noordvest', 'de Marewijk', 'de Havenwijk', 'ons deel van de binnenstad'],
    straat: ['de Haarlemmerstraat', 'de Langegracht', 'de Hooigracht', 'de Oude Vest'],
    groen: ['het Singelpark', 'het groen rond de Burcht', 'het plantsoen bij Molen de Valk'],
    plein: ['de Lammermarkt', 'de Beestenmarkt', 'de Hooglandse Kerkgracht'],
    water: ['de Oude Rijn', 'de Oude Singel', 'de Mare', 'het Galgewater'],
  },
  WK054602: {
    wijk: ['het Stationsgebied', 'het Vondelkwartier', 'de buurt rond het station'],
    straat: ['de Stationsweg', 'de Morssingel', 'de Schipholweg'],
    groen: ['het Schuttersveld', 'het groen langs de Morssingel'],
    plein: ['het Stationsplein', 'het busstation', 'het Schuttersveld'],
    water: ['de Morssingel', 'de Rijnsburgersingel'],
  },
  WK054603: {
    wijk: ['de Kooi', 'het Noorderkwartier', 'Leiden-Noord'],
    straat: ['de Willem de Zwijgerlaan', 'de Kooilaan'],
    groen: ['het Kooipark', 'het speelveld in de Kooi', 'het Singelpark aan onze kant'],
    plein: ['het Kooiplein', 'het terrein van de Groenoordhallen'],
    water: ['de Zijlsingel', 'het water langs de Kooi'],
  },
  WK054604: {
    wijk: ['de Zeeheldenbuurt', 'de Tuinstadwijk', 'Meerburg', 'de Professorenwijk', 'de Burgemeesterswijk', 'Roomburg', 'de Fruitbuurt'],
    straat: ['de Lammenschansweg', 'de Hoge Rijndijk', 'de Kanaalweg', 'de Zoeterwoudsesingel'],
    groen: ['het Roomburgerpark', 'polderpark Cronesteyn', 'het groen rond het Kanaalpark'],
    plein: ['het Lammenschansplein', 'station Lammenschans', 'het Kanaalpark'],
    water: ['de Oude Rijn', 'de Vliet', 'het Rijn-Schiekanaal'],
  },
  WK054605: {
    wijk: ['Boshuizen', 'de Fortuinwijk', 'Leiden-Zuidwest', 'de buurt rond het Vijf Meiplein'],
    straat: ['de Haagweg', 'de Churchilllaan', 'de Boshuizerkade'],
    groen: ['het Bos van Bosman', 'het groen langs de Haagweg', 'het parkje bij het Vijf Meiplein'],
    plein: ['het Vijf Meiplein', 'het winkelcentrum aan het Vijf Meiplein'],
    water: ['de Oude Rijn', 'de sloten rond Boshuizen'],
  },
  WK054606: {
    wijk: ['de Hoge Mors', 'de Lage Mors', 'Transvaal', 'de Mors'],
    straat: ['de Morsweg', 'de Lelylaan', 'de Haarlemmerweg'],
    groen: ['het parkje in de Hoge Mors', 'het speelveld in Transvaal', 'het groen langs de Haarlemmertrekvaart'],
    plein: ['de winkels aan de Morsweg', 'het pleintje voor het buurthuis in de Lage Mors'],
    water: ['de Oude Rijn', 'de Haarlemmertrekvaart'],
  },
  WK054607: {
    wijk: ['de Vogelwijk', 'de Raadsherenbuurt', 'het Houtkwartier'],
    straat: ['de Plesmanlaan', 'de Rijnsburgerweg', 'de Haagse Schouwweg'],
    groen: ['de Leidse Hout', 'het groen rond het Bio Science Park'],
    plein: ['het winkelpleintje in de Vogelwijk', 'het pleintje in het Houtkwartier', 'het Bio Science Park'],
    water: ['de vijver in de Leidse Hout', 'de Haarlemmertrekvaart'],
  },
  WK054608: {
    wijk: ['de Merenwijk', 'de Slaaghwijk'],
    straat: ['de Kagerzoom', 'de doorgaande wegen in de Merenwijk'],
    groen: ['de Kikkerpolder', 'het groen langs de Zijl', 'de speelweides in de Merenwijk'],
    plein: ['winkelcentrum Luifelbaan', 'het winkelplein aan de Luifelbaan'],
    water: ['de Zijl', 'de Kagerplassen', 'de sloten in de Merenwijk'],
  },
  WK054609: {
    wijk: ['de Stevenshof'],
    straat: ['de doorgaande weg door de Stevenshof', 'de wegen rond het winkelcentrum in de Stevenshof'],
    groen: ['het park in de Stevenshof', 'de groenstroken in de Stevenshof', 'de speelweide in de Stevenshof'],
    plein: ['het winkelcentrum in de Stevenshof', 'het winkelplein van de Stevenshof'],
    water: ['de vijvers in de Stevenshof', 'de singels in de Stevenshof'],
  },
};
