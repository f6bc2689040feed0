import * as segmentitModule from 'segmentit';

interface SegmentInstance {
  use(modules: unknown): SegmentInstance;
  loadDict(dicts: unknown): SegmentInstance;
  doSegment(text: string, options: { simple: true }): string[];
}
const seg = ((segmentitModule as { default?: unknown }).default ?? segmentitModule) as {
  Segment: new () => SegmentInstance;
  modules: unknown;
  dicts: string[];
};

let instance: SegmentInstance | null = null;

/** segmentit built the documented way: the reference our own segmentation is checked against. */
export function referenceSegmenter(): SegmentInstance {
  if (!instance) {
    instance = new seg.Segment();
    instance.use(seg.modules);
    instance.loadDict(seg.dicts);
  }
  return instance;
}
