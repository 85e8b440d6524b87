/** A text in the two languages of the SDK: French first (the language of the Geneva sources), then English. */
export interface Localized {
  fr: string;
  en: string;
}
