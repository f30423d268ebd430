// mammoth's prebuilt browser bundle (no Node built-ins), typed as its main module.
declare module 'mammoth/mammoth.browser.js' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>
}
