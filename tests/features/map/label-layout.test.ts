import { layoutLabels } from '@/features/map/model/label-layout'

describe('layoutLabels', () => {
  it('puts a lone label right of its circle, without a leader', () => {
    const [label] = layoutLabels([{ code: 'BRB', name: 'Barbados', x: 100, y: 50 }], 600)
    expect(label).toMatchObject({ anchor: 'start', textX: 111, textY: 54, leader: null })
  })

  it('pushes a label below one it would overlap, with a leader back to its circle', () => {
    const [first, second] = layoutLabels(
      [
        { code: 'KNA', name: 'Saint Kitts and Nevis', x: 100, y: 52 },
        { code: 'ATG', name: 'Antigua and Barbuda', x: 110, y: 50 },
      ],
      600,
    )
    expect(first!.code).toBe('ATG')
    expect(second!.code).toBe('KNA')
    expect(second!.textY - first!.textY).toBeGreaterThanOrEqual(14)
    expect(second!.leader).not.toBeNull()
  })

  it('writes a label left of its circle near the right edge', () => {
    const [label] = layoutLabels([{ code: 'BRB', name: 'Barbados', x: 580, y: 50 }], 600)
    expect(label).toMatchObject({ anchor: 'end', textX: 569 })
  })
})
