import { describe, expect, it } from 'vitest'
import { wrapText, type TextMeasure } from '@/features/export/model/text-layout'

/** One unit per character, so expected lines are easy to read. */
const mono: TextMeasure = (text) => text.length

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'short text', 20, 0, ['short text']],
    ['breaks at spaces', 'one two three four', 9, 0, ['one two', 'three', 'four']],
    [
      'cuts a word longer than a line',
      'https://example.org/x',
      8,
      0,
      ['https://', 'example.', 'org/x'],
    ],
    ['leaves room for a lead on the first line', 'one two three', 9, 4, ['one', 'two three']],
    [
      'puts the lead alone when the first word does not fit beside it',
      'sixsix two',
      7,
      4,
      ['', 'sixsix', 'two'],
    ],
    ['keeps an empty text as one empty line', '', 10, 0, ['']],
  ])('%s', (_name, text, width, indent, expected) => {
    expect(wrapText(text, width, 1, mono, { firstLineIndent: indent })).toEqual(expected)
  })
})
