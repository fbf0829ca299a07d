/**
 * Turns the parsed policy files into the one validated catalogue the extension
 * bundles. Pure: the caller reads the files (build script, tests).
 */
import type { z } from 'zod';
import {
  AlternativesFile,
  Catalogue,
  CatalogueMeta,
  ProfileId,
  ProfilesFile,
  SourcesFile,
  Tool,
} from './policy-schema';
import { formatPath } from '../settings/format-path';
import { buildHostIndex } from '../matching/host-index';
import { toolViolations } from './catalogue-rules';

/** One problem in one policy file, precise enough to fix without reading code. */
export interface PolicyProblem {
  file: string;
  /** Dotted path to the field, e.g. `verdicts.bund.points[0].source`. */
  field: string;
  message: string;
}

export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PolicyError';
  }
}

export function formatProblem(p: PolicyProblem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message}`;
}

/** The raw, unvalidated content of the policy files, keyed by their path. */
export interface PolicyFiles {
  catalogue: { file: string; data: unknown };
  sources: { file: string; data: unknown };
  alternatives: { file: string; data: unknown };
  profiles: { file: string; data: unknown };
  tools: Array<{ file: string; data: unknown }>;
}

function parseFile<T extends z.ZodType>(
  schema: T,
  file: string,
  data: unknown,
  problems: PolicyProblem[],
): z.infer<T> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

function reportDuplicates(
  items: Array<{ id: string }>,
  file: (index: number) => string,
  field: (index: number) => string,
  what: string,
  problems: PolicyProblem[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push({ file: file(i), field: field(i), message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
}

/**
 * Validates every file and every cross-reference; throws a {@link PolicyError}
 * listing all problems at once, so an editor fixes them in one go.
 */
export function compileCatalogue(files: PolicyFiles): Catalogue {
  const problems: PolicyProblem[] = [];
  const meta = parseFile(CatalogueMeta, files.catalogue.file, files.catalogue.data, problems);
  const sources = parseFile(SourcesFile, files.sources.file, files.sources.data, problems)?.sources;
  const alternatives = parseFile(
    AlternativesFile,
    files.alternatives.file,
    files.alternatives.data,
    problems,
  )?.alternatives;
  const profiles = parseFile(ProfilesFile, files.profiles.file, files.profiles.data, problems)?.profiles;
  const tools: Array<{ file: string; tool: Tool }> = [];
  for (const { file, data } of files.tools) {
    const tool = parseFile(Tool, file, data, problems);
    if (tool) tools.push({ file, tool });
  }
  if (!meta || !sources || !alternatives || !profiles || problems.length > 0) throw new PolicyError(problems);

  reportDuplicates(
    sources,
    () => files.sources.file,
    (i) => `sources[${i}].id`,
    'source',
    problems,
  );
  reportDuplicates(
    alternatives,
    () => files.alternatives.file,
    (i) => `alternatives[${i}].id`,
    'alternative',
    problems,
  );
  reportDuplicates(
    profiles,
    () => files.profiles.file,
    (i) => `profiles[${i}].id`,
    'profile',
    problems,
  );
  reportDuplicates(
    tools.map((t) => t.tool),
    (i) => tools[i]!.file,
    () => 'id',
    'tool',
    problems,
  );

  for (const id of ProfileId.options) {
    if (!profiles.some((p) => p.id === id)) {
      problems.push({ file: files.profiles.file, field: 'profiles', message: `profile "${id}" is missing` });
    }
  }

  const sourceIds = new Set(sources.map((s) => s.id));
  const alternativeIds = new Set(alternatives.map((a) => a.id));
  for (const { file, tool } of tools) {
    for (const [profile, verdict] of Object.entries(tool.verdicts)) {
      verdict.points.forEach((point, i) => {
        const at = `verdicts.${profile}.points[${i}]`;
        if (!sourceIds.has(point.source)) {
          problems.push({
            file,
            field: `${at}.source`,
            message: `unknown source "${point.source}" (see sources.yaml)`,
          });
        }
        point.laterEvents.forEach((event, j) => {
          if (!sourceIds.has(event.source)) {
            problems.push({
              file,
              field: `${at}.laterEvents[${j}].source`,
              message: `unknown source "${event.source}" (see sources.yaml)`,
            });
          }
        });
      });
      verdict.alternatives.forEach((ref, i) => {
        if (!alternativeIds.has(ref.id)) {
          problems.push({
            file,
            field: `verdicts.${profile}.alternatives[${i}].id`,
            message: `unknown alternative "${ref.id}" (see alternatives.yaml)`,
          });
        }
      });
    }
  }

  // The legal review's rules (see catalogue-rules.ts), once every reference resolves.
  if (problems.length === 0) {
    const sourceById = new Map(sources.map((s) => [s.id, s]));
    const toolIds = new Set(tools.map((t) => t.tool.id));
    for (const { file, tool } of tools)
      for (const v of toolViolations(tool, sourceById, toolIds)) problems.push({ file, ...v });
  }

  const catalogue: Catalogue = {
    meta,
    sources,
    alternatives,
    profiles,
    tools: tools.map((t) => t.tool).sort((a, b) => a.id.localeCompare(b.id)),
  };

  // Host rules must be unambiguous, and an approved alternative must never warn.
  const index = buildHostIndex(catalogue.tools);
  for (const conflict of index.conflicts) {
    const file = tools.find((t) => t.tool.id === conflict.toolIds[1])?.file ?? files.tools[0]?.file ?? '';
    problems.push({
      file,
      field: 'parts',
      message: `host "${conflict.host}" is claimed by ${conflict.toolIds.join(' and ')} without distinct paths`,
    });
  }
  alternatives.forEach((alt, i) => {
    alt.hosts.forEach((host, j) => {
      const hit = index.lookup(host, '/');
      if (hit) {
        problems.push({
          file: files.alternatives.file,
          field: `alternatives[${i}].hosts[${j}]`,
          message: `approved alternative host "${host}" would trigger the warning of ${hit.tool.id}`,
        });
      }
    });
  });

  if (problems.length > 0) throw new PolicyError(problems);
  return Catalogue.parse(catalogue);
}
