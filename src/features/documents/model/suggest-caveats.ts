// Caveats a reader of the figure needs, suggested from the wording, typed as the data model types
// them. They are suggestions: the person keeps, edits or drops each one before accepting.
import type { Mention } from '@/features/documents/model/find-mentions'
import type { ProposedCaveat } from '@/features/documents/model/candidate-types'

export interface CaveatContext {
  mention: Mention
  paragraph: string
  /** What the whole document's wording says, read once per document (documentWording). */
  wording: DocumentWording
  coverage: { statement: string; count: number | null } | null
  registered: boolean
  regionUndefined: boolean
  placeCodes: string[]
  yearShared: boolean
}

const ESTIMATE_WORDS =
  /\b(no consensus|is believed|are believed|estimated|no hay consenso|se cree|se estima|estimad[oa]s?)\b/i
const RETURN_TERMS = [
  /forced return/i,
  /involuntary return/i,
  /deport/i,
  /removal/i,
  /retorno forzoso|retornos forzosos/i,
  /retorno involuntario|retornos involuntarios/i,
  /deportaci/i,
]

function caveat(type: ProposedCaveat['type'], en: string, es: string): ProposedCaveat {
  return { type, text: { en, es } }
}

export interface DocumentWording {
  traffickingForSmuggling: boolean
  severalReturnTerms: boolean
}

/** The document-wide wording the caveats depend on, read once (a 40-page report has hundreds of figures). */
export function documentWording(text: string): DocumentWording {
  return {
    traffickingForSmuggling: /traffick/i.test(text) && /smuggl/i.test(text),
    severalReturnTerms: RETURN_TERMS.filter((t) => t.test(text)).length > 1,
  }
}

export function suggestCaveats(c: CaveatContext): ProposedCaveat[] {
  const list: ProposedCaveat[] = []
  const { estimate } = c.mention
  if (estimate.kind === 'lower-bound')
    list.push(
      caveat(
        'estimate-method',
        `A lower bound ("${c.mention.boundWords}"), not a total: the true number may be higher.`,
        `Un límite inferior («${c.mention.boundWords}»), no un total: el número real puede ser mayor.`,
      ),
    )
  if (estimate.kind === 'upper-bound')
    list.push(
      caveat(
        'estimate-method',
        `An upper bound ("${c.mention.boundWords}"): the true number may be lower.`,
        `Un límite superior («${c.mention.boundWords}»): el número real puede ser menor.`,
      ),
    )
  if (estimate.kind === 'range')
    list.push(
      caveat(
        'estimate-method',
        `A range ("${c.mention.text}"), not a single value; the document gives no central estimate.`,
        `Un intervalo («${c.mention.text}»), no un valor único; el documento no da una estimación central.`,
      ),
    )
  if (c.mention.approximate)
    list.push(
      caveat(
        'estimate-method',
        'An approximate number, as the document words it; it gives no exact count.',
        'Un número aproximado, según la redacción del documento; no da una cifra exacta.',
      ),
    )
  const estimateWords = ESTIMATE_WORDS.exec(c.paragraph)?.[1]
  if (estimateWords)
    list.push(
      caveat(
        'estimate-method',
        `The document presents the number as an estimate ("${estimateWords}").`,
        `El documento presenta el número como una estimación («${estimateWords}»).`,
      ),
    )
  if (c.yearShared)
    list.push(
      caveat(
        'estimate-method',
        'The sentence states its year once for more than one number; it is read here as applying to this one.',
        'La oración indica el año una sola vez para más de un número; aquí se aplica también a este.',
      ),
    )
  if (c.coverage)
    list.push(
      caveat(
        'coverage',
        `Coverage as the document states it: "${c.coverage.statement}"${c.coverage.count ? '; the reporting units are not named' : ''}.`,
        `Cobertura según el documento: «${c.coverage.statement}»${c.coverage.count ? '; no se nombran las unidades informantes' : ''}.`,
      ),
    )
  else if (c.placeCodes.some((code) => !/^[A-Z]{3}$/.test(code)))
    list.push(
      caveat(
        'coverage',
        'The document does not say how many countries, or which, stand behind this figure.',
        'El documento no indica cuántos países, ni cuáles, respaldan esta cifra.',
      ),
    )
  if (c.registered)
    list.push(
      caveat(
        'definition',
        'Counts what was registered; unregistered cases are not included.',
        'Cuenta lo registrado; no incluye los casos no registrados.',
      ),
    )
  if (c.regionUndefined)
    list.push(
      caveat(
        'definition',
        'The document says "the region" without defining it.',
        'El documento dice «la región» sin definirla.',
      ),
    )
  if (c.wording.traffickingForSmuggling)
    list.push(
      caveat(
        'terminology',
        'The document uses "trafficking" or "traffickers" for migrant smuggling; smuggling of migrants is not trafficking in persons.',
        'El documento usa «trafficking» o «traffickers» para el tráfico ilícito de migrantes, que no es trata de personas.',
      ),
    )
  if (c.mention.currencyNotNamed)
    list.push(
      caveat(
        'terminology',
        'The document says "dollars" without naming the currency; proposed as US dollars.',
        'El documento dice «dólares» sin nombrar la moneda; se propone como dólares estadounidenses.',
      ),
    )
  if (c.mention.unit === 'returns' && c.wording.severalReturnTerms)
    list.push(
      caveat(
        'terminology',
        'The document uses more than one term for returns (forced, involuntary, deportation); agencies define them differently.',
        'El documento usa más de un término para los retornos (forzoso, involuntario, deportación); los organismos los definen de forma distinta.',
      ),
    )
  return list
}
