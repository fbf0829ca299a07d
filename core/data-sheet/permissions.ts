/**
 * The browser permissions the extension asks for, each with why: the
 * manifest (wxt.config.ts) takes its lists from here, and the data sheet
 * shows the same entries, so the two cannot differ.
 */
type Bilingual = { de: string; en: string };

export interface PermissionReason {
  permission: string;
  why: Bilingual;
}

export const PERMISSIONS = [
  {
    permission: 'storage',
    why: {
      de: 'Speichert auf dem Gerät: Ihre Einstellungen, die zuletzt gelesenen Einstellungen der Organisation, Ihre Ausblendungen, Bestätigungen und Begründungen, und was eine Seite zeigen würde. Liest die verwaltete Richtlinie der IT.',
      en: "Stores on the device: your settings, the organisation's settings as last read, your dismissals, confirmations and reasons, and what a page would show. Reads IT's managed policy.",
    },
  },
  {
    permission: 'activeTab',
    why: {
      de: 'Nur wenn Sie auf das Symbol klicken: das Symbolfenster liest die Adresse des aktuellen Tabs; Schulungsleitende führen dort den Hinweis vor.',
      en: "Only when you click the icon: the popup reads the current tab's address; trainers demonstrate the notice there.",
    },
  },
  {
    permission: 'declarativeNetRequest',
    why: {
      de: 'Sperrmodus: der Browser leitet den Aufruf um, bevor die Website lädt. Die Erweiterung sieht dabei keine Anfragen.',
      en: 'Block mode: the browser redirects the navigation before the site loads. The extension sees no requests doing so.',
    },
  },
  {
    permission: 'scripting',
    why: {
      de: 'Zeigt den Hinweis auch auf Websites, die nur die eigenen Regeln der Organisation nennen, und in Firefox auf Adressen mit Punkt am Ende (z. B. „web.whatsapp.com.“), die Firefox sonst nicht erfasst.',
      en: 'Shows the notice on websites that only the organisation\'s own rules name, too, and in Firefox on addresses with a trailing dot (e.g. "web.whatsapp.com.") that Firefox\'s patterns miss.',
    },
  },
] as const satisfies readonly PermissionReason[];

export const HOST_PERMISSIONS = [
  {
    permission: '*://*/*',
    why: {
      de: 'Sperrmodus und eigene Regeln der Organisation können jede Adresse betreffen. Das Hinweis-Skript läuft trotzdem nur auf den Websites des Katalogs und der eigenen Regeln; es liest dort nur die Adresse, keine Inhalte.',
      en: "Block mode and the organisation's own rules may concern any address. The notice script still runs only on the catalogue's and the rules' websites; there it reads only the address, no content.",
    },
  },
] as const satisfies readonly PermissionReason[];
