// The line breaker satori uses (UAX #14), which ships no types: the part share-image-layout.ts calls.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
