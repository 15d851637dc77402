import { describe, expect, it } from '@jest/globals';
import { coverPlacementInList } from './course-cover';

describe('where a card’s cover is when its list opens the page', () => {
  it('makes the first card’s cover the lead, the rest of the first row load at once and the others as they scroll in', () => {
    expect([0, 1, 2, 3, 11].map(coverPlacementInList)).toEqual(['lead', 'first-screen', 'first-screen', 'below', 'below']);
  });
});
