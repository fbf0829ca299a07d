/**
 * The effective policy + a page → what the user meets there: the banner's
 * content, in which mode, from which organisation, with whom to ask.
 */
import type { AlternativeView, BannerModel, ContactView } from './banner-model';
import { type EffectivePolicy, isExceptedHost } from '../settings/effective-policy';
import type { ManagedSettings, Mode } from '../settings/managed-settings';
import { normaliseUrl } from '../matching/normalise-url';
import type { Level, Status, Tool } from '../catalogue/policy-schema';
import { resolveBanner } from './resolve-banner';
import { type Language, uiText } from '../ui-text';

/**
 * Precedence (documented in docs/admin.md): a service's public information
 * pages only inform; otherwise the rule's mode, else the status's, else the
 * global mode, else inform.
 */
export function modeFor(settings: ManagedSettings, toolId: string, status: Status, level: Level): Mode {
  if (level === 'inform') return 'inform';
  return settings.modeByRule?.[toolId] ?? settings.modeByStatus?.[status] ?? settings.mode ?? 'inform';
}

export function contactViews(settings: ManagedSettings, lang: Language): ContactView[] {
  const roles = uiText(lang).contactRoles;
  const contacts = settings.contacts ?? {};
  return (['dataProtectionOfficer', 'itSecurityOfficer', 'serviceDesk'] as const).flatMap((role) => {
    const contact = contacts[role];
    if (!contact || Object.keys(contact).length === 0) return [];
    return [{ role: roles[role], ...contact }];
  });
}

/** The organisation's own alternatives that fit this tool, shown before the catalogue's. */
export function organisationAlternatives(settings: ManagedSettings, tool: Tool): AlternativeView[] {
  return (settings.alternatives ?? [])
    .filter((alt) => {
      const scoped = (alt.tools?.length ?? 0) > 0 || (alt.categories?.length ?? 0) > 0;
      return !scoped || alt.tools?.includes(tool.id) || alt.categories?.includes(tool.category);
    })
    .map((alt) => ({
      name: alt.name,
      description: alt.description ?? '',
      ...(alt.url ? { url: alt.url } : {}),
    }));
}

export function resolvePage(policy: EffectivePolicy, href: string): BannerModel | undefined {
  const page = normaliseUrl(href);
  if (!page || isExceptedHost(policy, page.hostname)) return undefined;
  const base = resolveBanner(policy.lookup, policy.view, href);
  if (!base) return undefined;
  return withOrganisation(policy, base);
}

/** Adds what the organisation configured to a catalogue-level banner. */
export function withOrganisation(policy: EffectivePolicy, base: BannerModel): BannerModel {
  const { settings } = policy;
  const tool = policy.lookup.catalogue.tools.find((t) => t.id === base.toolId)!;
  const mode = modeFor(settings, tool.id, base.status, base.level);
  return {
    ...base,
    mode,
    dismissible: mode === 'inform' && (settings.dismissal?.allowed ?? true),
    continueAllowed: settings.allowContinue ?? false,
    ...(settings.organisation ? { organisation: settings.organisation } : {}),
    contacts: contactViews(settings, base.lang),
    ...(settings.approvalRequest ? { approval: settings.approvalRequest } : {}),
    alternatives: [...organisationAlternatives(settings, tool), ...base.alternatives],
  };
}

/**
 * What a page itself shows. A page in block mode that loads all the same (the user chose
 * "Trotzdem fortfahren", or a browser limit left it unblocked) gets the calm inform strip as
 * a reminder, not the block page's full text over the page it lets through.
 */
export function inPageModel(policy: EffectivePolicy, model: BannerModel): BannerModel {
  if (model.mode !== 'block') return model;
  return { ...model, mode: 'inform', dismissible: policy.settings.dismissal?.allowed ?? true };
}
