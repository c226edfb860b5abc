// The normalized corpus model: every parser produces it, main serves it, the renderer reads it.

export type SourceKind = 'article' | 'episode' | 'transcript';

export type Block =
  | { id: string; type: 'heading'; text: string; level: number }
  | { id: string; type: 'paragraph'; text: string }
  | { id: string; type: 'quote'; text: string; attribution?: string }
  | { id: string; type: 'list'; text: string; items: string[]; ordered: boolean }
  | { id: string; type: 'code'; text: string }
  | { id: string; type: 'caption'; text: string }
  | {
      id: string;
      type: 'segment';
      text: string;
      /** Start of the paragraph, in seconds from the beginning of the recording. */
      start: number;
      /** Start time of each transcript cue folded into this paragraph, with its offset in `text`. */
      cues: { start: number; offset: number }[];
      /** True for sponsor reads, so the reader can fold them away. */
      sponsor: boolean;
    };

export type BlockType = Block['type'];

export interface Talk {
  id: string;
  title: string;
  speakers: string[];
  blocks: Block[];
  /** Set for an entry of a summit's programme (in an overview post): the address of its write-up. */
  programmeLink?: string;
}

export interface SourceLink {
  label: string;
  target: string;
  group?: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  /** Where the document was published, when it says; programme entries find their write-up by it. */
  url?: string;
  kind: SourceKind;
  summitYear: number | null;
  /** Publication date as YYYY-MM-DD, or null when the document does not say. */
  date: string | null;
  author: string | null;
  host: string | null;
  /** People interviewed in an episode or transcript. */
  guests: string[];
  /** Blocks that introduce the document or its summit but belong to no talk. */
  intro: Block[];
  links: SourceLink[];
  talks: Talk[];
}

/** What the library sidebar needs: everything but the blocks. */
export interface TalkSummary {
  id: string;
  title: string;
  speakers: string[];
  blockCount: number;
  /** A programme entry: its write-up's address and the talk in the library that holds it, if any. */
  programme?: { link: string; heldBy: string | null };
}

export interface SourceSummary {
  id: string;
  /** True for documents the reader imported, which they can re-date or remove. */
  imported: boolean;
  title: string;
  kind: SourceKind;
  date: string | null;
  author: string | null;
  host: string | null;
  guests: string[];
  talks: TalkSummary[];
}

export interface SummitSummary {
  year: number;
  sources: SourceSummary[];
}

export interface LibraryIndex {
  corpusVersion: string;
  summits: SummitSummary[];
  /** Documents that belong to no summit year. */
  other: SourceSummary[];
  /** Everyone who speaks in a talk, once each, in alphabetical order. */
  speakers: string[];
}

/** A part of a summit episode's transcript that discusses one talk of that summit. */
export interface TranscriptPart {
  talkId: string;
  /** The talk's title. */
  title: string;
  /** The part's first block and its time, in seconds; `end` is where the next part begins. */
  blockId: string;
  start: number;
  end: number;
}

/** A passage of a transcript that discusses a talk. */
export interface TalkDiscussion {
  transcriptTalkId: string;
  /** The transcript's title, e.g. "Talk Python To Me #514 (transcript)". */
  transcriptTitle: string;
  blockId: string;
  start: number;
}

export interface TalkDetail {
  talk: Talk;
  source: SourceSummary;
  summitYear: number | null;
  /** For a summit episode's transcript: the parts that discuss the summit's talks, in time order. */
  parts?: TranscriptPart[];
  /** For a talk: the transcript passages that discuss it. */
  discussedIn?: TalkDiscussion[];
}

export interface SourceDetail {
  source: SourceSummary;
  summitYear: number | null;
  intro: Block[];
  links: SourceLink[];
}
