/** The part of pdfmake 0.3's server API the committee report uses (the package ships no types). */
declare module 'pdfmake' {
  type OutputDocument = { getBuffer(): Promise<Buffer> };
  const pdfmake: {
    setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(docDefinition: object): OutputDocument;
  };
  export = pdfmake;
}
