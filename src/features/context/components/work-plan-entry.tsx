import type { DisplayCaveat } from '@/domain/caveats'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { WorkPlan } from '@/domain/dataset-schema'
import { pickText } from '@/domain/translate'
import type { DateBasis } from '@/features/context/model/timeline'
import { DateAsWritten } from '@/features/context/components/date-as-written'
import { DetailList } from '@/features/context/components/detail-list'
import { NameList } from '@/features/context/components/name-list'
import { CaveatList } from '@/features/figures/components/caveat-list'
import { EvidenceQuote } from '@/features/sources/components/evidence-quote'
import { organisationLabel } from '@/features/sources/model/document-summary'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/** A work plan with both what its name says and what the document states, caveats in plain view. */
export function WorkPlanEntry({
  plan,
  basis,
  index,
}: {
  plan: WorkPlan
  basis: DateBasis | null
  index: DatasetIndex
}) {
  const { lang, t } = useLanguage()
  const doc = index.documents.get(plan.documentId)
  const docLang = doc && doc.language !== 'other' ? doc.language : undefined
  const orgName = (id: string) => {
    const org = index.organisations.get(id)
    return org ? organisationLabel(org, lang) : id
  }
  const caveats: DisplayCaveat[] = plan.caveats.map((caveat) => {
    const picked = pickText(caveat.text, lang)
    return {
      type: caveat.type,
      text: picked.text,
      ...(picked.fallback ? { fallbackLang: picked.lang } : {}),
    }
  })
  const binding = plan.binding === null ? 'unknown' : plan.binding ? 'yes' : 'no'
  const headingId = `work-plan-${plan.id}-name`
  return (
    <article id={`work-plan-${plan.id}`} aria-labelledby={headingId} className="timeline-entry">
      <p className="timeline-entry__kind">{t('context.itemKind.work-plan')}</p>
      <h4 id={headingId}>
        <DatasetText text={plan.name} />
      </h4>
      <DateAsWritten
        text={`${plan.periodStart}-${plan.periodEnd}`}
        textLang={docLang}
        basis={basis}
      />
      <DetailList
        rows={[
          {
            key: 'implementation',
            term: t('context.field.implementation'),
            value:
              plan.statedImplementationYears === null
                ? t('context.notStated')
                : t('context.years', { count: plan.statedImplementationYears }),
            missing: plan.statedImplementationYears === null,
          },
          {
            key: 'binding',
            term: t('context.field.binding'),
            value: t(`context.binding.${binding}`),
            missing: binding === 'unknown',
          },
          { key: 'owner', term: t('context.field.owner'), value: orgName(plan.ownerId) },
          {
            key: 'support',
            term: t('context.field.support'),
            value: (
              <NameList names={plan.supportIds.map(orgName)} label={t('context.field.support')} />
            ),
          },
          {
            key: 'document',
            term: t('context.field.document'),
            value: doc ? <DatasetText text={doc.title} /> : plan.documentId,
          },
        ]}
      />
      {caveats.length > 0 && <CaveatList caveats={caveats} />}
      <EvidenceQuote evidence={plan.evidence} index={index} />
    </article>
  )
}
