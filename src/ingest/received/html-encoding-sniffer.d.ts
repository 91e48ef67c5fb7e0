// html-encoding-sniffer ships no types: its one function, as documented in its README
declare module 'html-encoding-sniffer' {
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
