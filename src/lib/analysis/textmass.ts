/**
 * Width of a text in the charts' sans-serif at `px`, estimated on the wide side (average glyph of 0.6 em):
 * a label given this much room is not cut, and labels judged apart by it do not touch.
 */
export const textbreite = (text: string, px: number) => text.length * px * 0.6;
