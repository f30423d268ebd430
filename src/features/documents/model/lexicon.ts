// The words the reader knows, in English and Spanish: organisations, places, units, and the
// wording of bounds. Plain lists, so that adding a word is a one-line change with a test.

export const ORGANISATIONS: { name: string; pattern: RegExp }[] = [
  { name: 'International Organization for Migration (IOM)', pattern: /\b(IOM|OIM)\b/g },
  { name: 'United Nations Office on Drugs and Crime (UNODC)', pattern: /\bUNODC\b/g },
  { name: 'UNHCR', pattern: /\b(UNHCR|ACNUR)\b/g },
  { name: 'Regional Conference on Migration (RCM)', pattern: /\b(RCM|CRM)\b/g },
  { name: 'CARICOM IMPACS', pattern: /\bCARICOM IMPACS\b/g },
  { name: 'UNICEF', pattern: /\bUNICEF\b/g },
]

/** Countries by their English and Spanish names (accents optional), mapped to ISO 3166-1 alpha-3. */
const COUNTRIES: [string, string][] = [
  ['ATG', 'Antigua and Barbuda|Antigua y Barbuda'],
  ['ARG', 'Argentina'],
  ['BHS', 'Bahamas'],
  ['BRB', 'Barbados'],
  ['BLZ', 'Belize|Belice'],
  ['BOL', 'Bolivia'],
  ['BRA', 'Brazil|Brasil'],
  ['CAN', 'Canada|Canadá'],
  ['CHL', 'Chile'],
  ['COL', 'Colombia'],
  ['CRI', 'Costa Rica'],
  ['CUB', 'Cuba'],
  ['DMA', 'Dominica'],
  ['DOM', 'Dominican Republic|República Dominicana'],
  ['ECU', 'Ecuador'],
  ['SLV', 'El Salvador'],
  ['ESP', 'Spain|España'],
  ['GRD', 'Grenada|Granada'],
  ['GTM', 'Guatemala'],
  ['GUY', 'Guyana'],
  ['HTI', 'Haiti|Haití'],
  ['HND', 'Honduras'],
  ['JAM', 'Jamaica'],
  ['MEX', 'Mexico|México'],
  ['NIC', 'Nicaragua'],
  ['PAN', 'Panama|Panamá'],
  ['PRY', 'Paraguay'],
  ['PER', 'Peru|Perú'],
  ['KNA', 'Saint Kitts and Nevis|San Cristóbal y Nieves'],
  ['LCA', 'Saint Lucia|Santa Lucía'],
  ['VCT', 'Saint Vincent and the Grenadines|San Vicente y las Granadinas'],
  ['SUR', 'Suriname|Surinam'],
  ['TTO', 'Trinidad and Tobago|Trinidad y Tobago'],
  ['USA', 'United States(?: of America)?|the US|the U\\.S\\.|Estados Unidos'],
  ['URY', 'Uruguay'],
  ['VEN', 'Venezuela'],
]

/** Regions: the world (UN M49 001), UN M49 regions, and the bodies whose membership is data (CARICOM, RCM). */
const REGIONS: [string, string][] = [
  ['001', 'worldwide|world|globally|global|mundo|mundial|mundialmente'],
  [
    'CARICOM',
    'CARICOM (?:Member States|member states|countries|region)|Estados miembros de la CARICOM|países de la CARICOM',
  ],
  ['RCM', 'RCM (?:Member Countries|member countries|member states)|países miembros de la CRM'],
  ['419', 'Latin America and the Caribbean|América Latina y el Caribe'],
  ['013', 'Central America|Centroamérica|América Central'],
  ['005', 'South America|Sudamérica|América del Sur'],
  ['021', 'North America|Norteamérica|América del Norte'],
  ['029', 'the Caribbean|el Caribe'],
]

export const PLACES: { code: string; pattern: RegExp }[] = [...REGIONS, ...COUNTRIES].map(
  ([code, names]) => ({ code, pattern: new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'gu') }),
)

/** "the region" / "la región" without a name: the place is undefined and flagged. */
export const UNDEFINED_REGION = /\b(?:the|this|our) region\b|\b(?:la|esta|nuestra) región\b/i

/** Bodies that define a region, so an undefined "the region" can be proposed as theirs. */
export const REGION_BODIES: { code: string; pattern: RegExp }[] = [
  { code: 'CARICOM', pattern: /\bCARICOM\b/ },
  { code: 'RCM', pattern: /\b(RCM|CRM)\b/ },
]

/**
 * People named by their nationality: "80.000 ecuatorianos", "2,100 Salvadorans". English plurals,
 * and Spanish stems with their masculine and feminine plurals, for the Americas and the
 * nationalities most often counted crossing them.
 */
const DEMONYMS_EN =
  'Antiguans|Argentines|Argentinians|Bahamians|Barbadians|Belizeans|Bolivians|Brazilians|Canadians|Chileans|Colombians|Ricans|Cubans|Dominicans|Ecuadorians|Ecuadoreans|Salvadorans|Salvadoreans|Grenadians|Guatemalans|Guyanese|Haitians|Hondurans|Jamaicans|Mexicans|Nicaraguans|Panamanians|Paraguayans|Peruvians|Surinamese|Trinidadians|Americans|Uruguayans|Venezuelans|Chinese|Indians|Afghans|Cameroonians|Senegalese|Angolans|Nepalese|Bangladeshis'
const DEMONYMS_ES =
  'argentin|bolivian|brasileñ|chilen|colombian|cuban|dominican|ecuatorian|guatemaltec|haitian|hondureñ|jamaiquin|mexican|panameñ|paraguay|peruan|salvadoreñ|venezolan|uruguay|beliceñ|chin|afgan|angoleñ|nepalí'
const DEMONYMS_ES_INVARIABLE =
  'costarricenses|nicaragüenses|canadienses|estadounidenses|guyaneses|surinameses|trinitenses|barbadenses|bahameños|granadinos|cameruneses|senegaleses|indios|bangladesíes'
const DEMONYM = new RegExp(
  `^(?:${DEMONYMS_EN}|(?:${DEMONYMS_ES})(?:os|as|es)|${DEMONYMS_ES_INVARIABLE})$`,
  'iu',
)

// Units: the noun nearest after the number decides (a returns verb turns "people" into returns).
export const UNIT_WORDS: { unit: 'persons' | 'returns' | 'events'; pattern: RegExp }[] = [
  {
    unit: 'returns',
    pattern:
      /^(?:returns?|returnees?|deportations?|deportees?|removals?|repatriations?|retornos?|retornad[oa]s|deportaciones|deportación|deportad[oa]s|devoluciones|repatriaciones|repatriad[oa]s|expulsions?|expellees?|expulsiones|expulsión|expulsad[oa]s)$/i,
  },
  {
    unit: 'events',
    pattern:
      /^(?:cases?|incidents?|events?|boats?|vessels?|embarcaciones|lanchas|cayucos|interceptions?|operations?|shipwrecks?|seizures?|arrests?|apprehensions?|encounters?|detentions?|casos?|incidentes?|eventos?|intercepciones|intercepción|operativos?|naufragios?|detenciones|aprehensiones|arrestos?|encuentros?|eventos?|networks?|rings?|gangs?|groups?|organi[sz]ations?|cells?|cartels?|redes|bandas?|organizaciones|grupos?|estructuras?|células|clanes|carteles)$/i,
  },
  {
    unit: 'persons',
    pattern:
      /^(?:people|persons?|migrants?|individuals?|refugees?|asylum|children|minors|women|men|adults|victims?|smugglers|nationals|citizens|workers|migrant|personas?|migrantes?|individuos|refugiad[oa]s|solicitantes|niñ[oa]s|niñas|menores|mujeres|hombres|adultos|víctimas?|nacionales|ciudadan[oa]s|trabajador[ea]s|traficantes|connacionales|extranjeros)$/i,
  },
  { unit: 'persons', pattern: DEMONYM },
]

/** Words that make a count of people a count of returns: "deported nationals", "personas retornadas". */
export const RETURN_MARK =
  /^(?:deported|returned|repatriated|removed|deportad[oa]s|retornad[oa]s|repatriad[oa]s|devuelt[oa]s|deportó|deportaron|retornó|retornaron|devolvió|devolvieron|repatrió|repatriaron|expelled|expels|deports|expulsó|expulsaron|expulsa|expulsad[oa]s|deporta)$/i

export const RETURN_VERB =
  /\b(?:were|was|been|being) (?:forcibly )?(?:deported|returned|removed|repatriated|sent back)\b|\bfueron (?:deportad|retornad|devuelt|repatriad)[oa]s\b/i

/** Words after a number that make it no statistic: durations, sessions, pages, ages, countries counted. */
export const NOT_A_FIGURE_AFTER =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|sessions?|workshops?|webinars?|meetings?|modules?|courses?|participants?|speakers?|pages?|articles?|points?|editions?|countries|country|member|members|states|years?-old|am|pm|a\.m\.|p\.m\.|h|días?|semanas?|meses|mes|años?|horas?|minutos?|sesiones|sesión|talleres|taller|seminarios?|reuniones|reunión|módulos?|cursos?|participantes|ponentes|páginas?|artículos?|puntos?|ediciones|edición|países|país|miembros|estados)$/i

/** Words before a number that make it a reference, not a statistic. */
export const NOT_A_FIGURE_BEFORE =
  /(?:article|artículo|section|sección|resolution|resolución|paragraph|párrafo|pages?|páginas?|chapter|capítulo|no\.|nº|núm\.|number|número|room|sala|line|línea|ext\.|tel\.?|phone|telephone|teléfono|fax|whatsapp|call|llame|llamar|aged|age|edad|menores de|mayores de|over the age of|decree|decreto|law|ley|point|punto|item|step|paso|session|sesión|week|semana|day|día|phase|fase|goal|objetivo|target|meta)\s*$/i

export const MONTH_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$/i
export const WEEKDAY_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i

// Bounds, from the words just before the number. "no fewer than" before "fewer than".
export const LOWER_BOUND =
  /(?:\bat least|\bmore than|\bover|\babove|\bin excess of|\bupwards of|\bno fewer than|\bno less than|\bal menos|\bpor lo menos|\bcomo mínimo|\bmás de|\bsuperior(?:es)? a|\bun mínimo de)\s*$/i
export const UPPER_BOUND =
  /(?:\bup to|\bas many as|\bas much as|\bas high as|\bfewer than|\bless than|\bunder|\bat most|\bno more than|\bhasta|\bmenos de|\bcomo máximo|\bcomo mucho|\ba lo sumo|\bun máximo de|\binferior(?:es)? a)\s*$/i
export const APPROXIMATE =
  /(?:\babout|\bnearly|\bsome|\baround|\bapproximately|\broughly|\balmost|\bclose to|\balrededor de|\bcerca de|\bcasi|\bunos|\bunas|\baproximadamente|\ben torno a)\s*$/i

/**
 * Currencies named after the number, with their ISO 4217 code. A bare "pesos" does not say whose:
 * its code comes from the figure's place (PESO_OF_COUNTRY). Dollars and euros are read in
 * find-mentions, where "$" and "dollars" alone are flagged.
 */
export const NAMED_CURRENCIES: { code: string; pattern: RegExp }[] = [
  { code: 'MXN', pattern: /^(?:Mexican pesos|pesos mexicanos)$/i },
  { code: 'CLP', pattern: /^(?:Chilean pesos|pesos chilenos)$/i },
  { code: 'COP', pattern: /^(?:Colombian pesos|pesos colombianos)$/i },
  { code: 'DOP', pattern: /^(?:Dominican pesos|pesos dominicanos)$/i },
  { code: 'ARS', pattern: /^(?:Argentine pesos|pesos argentinos)$/i },
  { code: 'CUP', pattern: /^(?:Cuban pesos|pesos cubanos)$/i },
  { code: 'UYU', pattern: /^(?:Uruguayan pesos|pesos uruguayos)$/i },
  { code: 'GTQ', pattern: /^(?:quetzal(?:es|s)?)$/i },
  { code: 'HNL', pattern: /^(?:lempiras?)$/i },
  { code: 'CRC', pattern: /^colones$/i },
  { code: 'PEN', pattern: /^soles$/i },
  { code: 'BRL', pattern: /^(?:reais|reales)$/i },
  { code: 'JMD', pattern: /^(?:Jamaican dollars|dólares jamaiquinos)$/i },
  { code: 'TTD', pattern: /^(?:Trinidad and Tobago dollars)$/i },
]
export const CURRENCY_WORDS_SOURCE = String.raw`(?:Mexican|Chilean|Colombian|Dominican|Argentine|Cuban|Uruguayan) pesos|pesos(?: mexicanos| chilenos| colombianos| dominicanos| argentinos| cubanos| uruguayos)?|quetzal(?:es|s)?|lempiras?|colones|soles|reais|reales|Jamaican dollars|dólares jamaiquinos|Trinidad and Tobago dollars`

export const PESO_OF_COUNTRY: Record<string, string> = {
  ARG: 'ARS',
  CHL: 'CLP',
  COL: 'COP',
  CUB: 'CUP',
  DOM: 'DOP',
  MEX: 'MXN',
  URY: 'UYU',
}

/** The currencies the dashboard can show (the `currency.*` messages of src/locales/<lang>/figures.json); the import refuses others. */
export const SHOWN_CURRENCIES: readonly string[] = ['USD']
