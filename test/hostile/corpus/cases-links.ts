import path from 'node:path';
import { DESIGN, inWorkspace, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText, handoffText } from './documents.js';

export const OUTSIDE_MARKER = 'OUTSIDE-THE-ROOT: this text must never be published';

/** Enough `..` to reach `/` from any folder of a build machine. */
const CLIMB = '../'.repeat(24);

const VALID = { [DESIGN]: designText() };

export const LINK_CASES: readonly CaseSpec[] = [
  {
    name: 'symlink-loop',
    description:
      'Links that loop: a folder link to its workspace, a file linked to itself, two files linked to each other.',
    build: (c) => {
      writeWorkspace(c, VALID);
      c.plan.link(inWorkspace(c, '01_Handoff/Loop'), '..');
      c.plan.link(inWorkspace(c, '01_Handoff/Self.md'), 'Self.md');
      c.plan.link(inWorkspace(c, '01_Handoff/A.md'), 'B.md');
      c.plan.link(inWorkspace(c, '01_Handoff/B.md'), 'A.md');
    },
  },
  {
    name: 'symlink-loop-to-root',
    description:
      'A folder link in a workspace to the root. With any other loop in the tree, a docs plugin walking the tree never ends.',
    build: (c) => {
      writeWorkspace(c, VALID);
      c.plan.link(inWorkspace(c, '01_Handoff/Root'), '../..');
    },
  },
  {
    name: 'symlink-to-etc-passwd',
    description:
      'A handoff and the Technology Selection are links to /etc/passwd; a folder link to /etc.',
    build: (c) => {
      writeWorkspace(c, VALID);
      c.plan.link(inWorkspace(c, '01_Handoff/Passwd.md'), '/etc/passwd');
      c.plan.link(inWorkspace(c, '02_Architecture/Technology_Selection.md'), '/etc/passwd');
      c.plan.link(inWorkspace(c, '01_Handoff/etc'), '/etc');
    },
  },
  {
    name: 'symlink-to-outside-folder',
    description: `Folder links (absolute and relative) to a folder outside the root holding markdown.`,
    build: (c) => {
      writeWorkspace(c, VALID);
      c.plan.file(path.join(c.outside, 'Leak.md'), handoffText('Leak', OUTSIDE_MARKER));
      c.plan.link(inWorkspace(c, '01_Handoff/Outside'), c.outside);
      const relative = path.relative(inWorkspace(c, '01_Handoff'), c.outside);
      c.plan.link(inWorkspace(c, '01_Handoff/Outside_Relative'), relative);
    },
  },
  {
    name: 'markdown-links-outside',
    description:
      'Links and images to files outside the root: relative, @site/, a rooted /../, percent-encoded, a reference definition, and a link to a file symlinked out of the workspace. Docusaurus would copy or inline each one.',
    build: (c) => {
      const secret = path.join(c.outside, 'Secret.txt');
      c.plan.file(secret, OUTSIDE_MARKER);
      const toOutside = path.relative(inWorkspace(c, '01_Handoff'), c.outside);
      const encoded = `${toOutside}/Secret.txt`.replace(/\//g, '%2F');
      const links = [
        `[secret](${toOutside}/Secret.txt)`,
        `![passwd](${CLIMB}etc/passwd)`,
        `[passwd](@site/${CLIMB}etc/passwd.txt)`,
        `[environment](@site/${CLIMB}proc/self/environ)`,
        `![rooted](/${CLIMB}etc/passwd)`,
        `[encoded](${encoded})`,
        '[by reference][secret]',
        '[through a link](./Evil.txt)',
        '[inside the root](../00_Status.md)',
        '',
        `[secret]: ${toOutside}/Secret.txt`,
      ];
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/Links.md': handoffText('Links', links.join('\n\n')),
      });
      c.plan.link(inWorkspace(c, '01_Handoff/Evil.txt'), secret);
    },
  },
  {
    name: 'workspace-link-outside',
    description: 'A workspace folder under the root that is itself a link to a folder outside it.',
    folders: ['UC-310_Linked_Outside'],
    build: (c) => {
      c.plan.file(path.join(c.outside, 'Leak.md'), handoffText('Leak', OUTSIDE_MARKER));
      c.plan.link(path.join(c.root, c.folders[0]!), c.outside);
    },
  },
  {
    name: 'workspace-link-loop',
    description: 'A workspace folder under the root that is a link to the root itself.',
    folders: ['UC-311_Root_Loop'],
    build: (c) => c.plan.link(path.join(c.root, c.folders[0]!), '.'),
  },
  {
    name: 'unreadable-file',
    description:
      'The design and a handoff with mode 000, and a folder with mode 000. Run as root, permission bits do not stop reads: these then read fine.',
    build: (c) => {
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/Secret.md': handoffText('Secret', 'Nobody may read this.'),
        '01_Handoff/Locked/Inside.md': handoffText('Inside', 'Behind a locked folder.'),
      });
      c.plan.chmod(inWorkspace(c, DESIGN), 0o000);
      c.plan.chmod(inWorkspace(c, '01_Handoff/Secret.md'), 0o000);
      c.plan.chmod(inWorkspace(c, '01_Handoff/Locked'), 0o000);
    },
  },
];
