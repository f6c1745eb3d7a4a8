import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import type { EditUrl } from './edit-url.js';

export type OnInvalidDocument = 'throw' | 'warn' | 'ignore';

export interface PluginOptions {
  id: string;
  /** The workspace tree, relative to the site; defaults to the config file's `root`, then `AE01_Implementations`. */
  root: string | undefined;
  routeBasePath: string;
  /** Like `onBrokenLinks`: what a build does when a document has errors. */
  onInvalidDocument: OnInvalidDocument;
  /** Path of `architecture-catalog.config.yaml`, relative to the site. */
  config: string | undefined;
  /**
   * Where a docs plugin instance once published the workspaces' documents
   * (URL path under the base URL): each old page redirects to the document's
   * place on its use case's page. `false` writes no such redirects.
   */
  documentsRedirectPath: string | false;
  /** Where "edit this document" leads: a base URL joined with the document's site-relative path, or a function. */
  editUrl: EditUrl | undefined;
  /** Show when each document was last changed, from git (one `git log` over the tree), as the docs plugin's option. */
  showLastUpdateTime: boolean;
  /** Show who last changed each document, from git. */
  showLastUpdateAuthor: boolean;
  /**
   * Show each use case's history from git on its page: dated commits and
   * what each did to the design's decisions.
   */
  showHistory: boolean;
  /**
   * A baseline file (`arch-catalog baseline`), relative to the site: the
   * problems it accepts neither fail the build nor appear in its report.
   */
  baseline: string | undefined;
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<
  PluginOptions,
  'id' | 'root' | 'config' | 'editUrl' | 'baseline'
> = {
  routeBasePath: 'catalog',
  onInvalidDocument: 'throw',
  documentsRedirectPath: 'workspaces',
  showLastUpdateTime: false,
  showLastUpdateAuthor: false,
  showHistory: false,
};

const schema = Joi.object<PluginOptions>({
  root: Joi.string(),
  routeBasePath: Joi.string()
    .pattern(/^[^?#]*$/, 'a path without query or hash')
    .default(DEFAULT_OPTIONS.routeBasePath),
  onInvalidDocument: Joi.string()
    .equal('throw', 'warn', 'ignore')
    .default(DEFAULT_OPTIONS.onInvalidDocument),
  config: Joi.string(),
  documentsRedirectPath: Joi.alternatives()
    .try(
      Joi.string().pattern(/^[^?#]*[^?#/][^?#]*$/, 'a path without query or hash'),
      Joi.equal(false),
    )
    .default(DEFAULT_OPTIONS.documentsRedirectPath),
  editUrl: Joi.alternatives().try(Joi.string().uri(), Joi.function()),
  showLastUpdateTime: Joi.bool().default(DEFAULT_OPTIONS.showLastUpdateTime),
  showLastUpdateAuthor: Joi.bool().default(DEFAULT_OPTIONS.showLastUpdateAuthor),
  showHistory: Joi.bool().default(DEFAULT_OPTIONS.showHistory),
  baseline: Joi.string(),
});

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
