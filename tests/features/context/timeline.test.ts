// Fixture: the built-in dataset's events and work plan (public/data/v1/dataset.json), and
// minimal events written out below to pin the ordering rules.
import { describe, expect, it } from 'vitest'
import { builtInDataset } from '@mocks/fixtures'
import type { MigrationEvent, WorkPlan } from '@/domain/dataset-schema'
import { parseDataset } from '@/domain/validate-dataset'
import { buildTimeline, eventDateBasis } from '@/features/context/model/timeline'
import { describeInvolvement } from '@/features/context/model/organisation-roles'

function builtIn() {
  const parsed = parseDataset(builtInDataset())
  if (!parsed.ok) throw new Error('the built-in dataset does not parse')
  return parsed.data
}

const data = builtIn()
const template = data.events[0]!
const plan = data.workPlans[0]!
const event = (id: string, start: string | null, end: string | null): MigrationEvent => ({
  ...template,
  id,
  start,
  end,
})
const workPlan = (id: string, periodStart: number): WorkPlan => ({ ...plan, id, periodStart })

describe('eventDateBasis', () => {
  it.each([
    ['a start date', '2020-09-08', '2020-09-11', { kind: 'start', date: '2020-09-08' }],
    ['only an end date', null, '2020-08-27', { kind: 'completed-by', date: '2020-08-27' }],
    ['no date at all', null, null, null],
  ] as const)('places an event with %s', (_case, start, end, expected) => {
    expect(eventDateBasis(event('e', start, end))).toEqual(expected)
  })
})

describe('buildTimeline', () => {
  it('puts the built-in work plan (2019) before the workshop (completed by 27 August 2020), the webinars undated', () => {
    const timeline = buildTimeline(data)
    expect(timeline.dated.map((i) => i.id)).toEqual([
      'rcm-work-plan-smuggling-2019-2025',
      'caribbean-reintegration-workshop-2020',
    ])
    expect(timeline.undated.map((i) => i.id)).toEqual(['rcm-smuggling-webinars-2020'])
  })

  it.each([
    [
      'dates ascending',
      [event('b', '2021-01-01', null), event('a', '2020-05-01', null)],
      [],
      ['a', 'b'],
    ],
    [
      'a year before a date in it',
      [event('a', '2019-03-01', null)],
      [workPlan('p', 2019)],
      ['p', 'a'],
    ],
    [
      'ties in the dataset order',
      [event('x', null, '2020-01-01'), event('y', '2020-01-01', null)],
      [],
      ['x', 'y'],
    ],
  ])('orders %s', (_case, events, workPlans, expected) => {
    expect(buildTimeline({ events, workPlans }).dated.map((i) => i.id)).toEqual(expected)
  })

  it('never places an undated event by guessing', () => {
    const timeline = buildTimeline({ events: [event('u', null, null)], workPlans: [] })
    expect(timeline).toEqual({
      dated: [],
      undated: [expect.objectContaining({ id: 'u', basis: null })],
    })
  })
})

describe('describeInvolvement', () => {
  const roles = Object.fromEntries(
    describeInvolvement(data).map((o) => [
      o.organisation.id,
      o.roles.map((r) => `${r.kind}:${r.itemId}`),
    ]),
  )
  it.each([
    [
      'unodc',
      [
        'organiser:rcm-smuggling-webinars-2020',
        'supporter:rcm-smuggling-webinars-2020',
        'plan-support:rcm-work-plan-smuggling-2019-2025',
      ],
    ],
    [
      'rcm',
      ['organiser:rcm-smuggling-webinars-2020', 'plan-owner:rcm-work-plan-smuggling-2019-2025'],
    ],
    ['caricom-impacs', ['organiser:caribbean-reintegration-workshop-2020']],
    ['interpol', []],
  ])('gives %s its roles from the records', (id, expected) => {
    expect(roles[id]).toEqual(expected)
  })
})
