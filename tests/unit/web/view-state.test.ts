import { formatViewState, parseViewState } from '../../../web/src/lib/view-state';

describe('the view state in the URL: pages, sections and invitations', () => {
  it('opens the map by default, and keeps page=map out of the URL', () => {
    const view = parseViewState('?workspace=harbour');
    expect(view.page).toBe('map');
    expect(view.section).toBeNull();
    expect(view.invitation).toBeNull();
    expect(formatViewState(view)).toBe('?workspace=harbour');
  });

  it('round-trips the workspace page with its section', () => {
    const search = '?page=workspaces&section=members&workspace=harbour';
    const view = parseViewState(search);
    expect(view).toMatchObject({ page: 'workspaces', section: 'members', workspace: 'harbour' });
    expect(formatViewState(view)).toBe(search);
  });

  it('drops a section on the map page and unknown pages or sections', () => {
    expect(formatViewState({ ...parseViewState('?workspace=w'), section: 'tokens' })).toBe('?workspace=w');
    expect(parseViewState('?page=admin&section=secrets')).toMatchObject({ page: 'map', section: null });
  });

  it('keeps an invitation link’s token (the accept path is /?invitation=…)', () => {
    const view = parseViewState('?invitation=tmi_abc-DEF_123');
    expect(view.invitation).toBe('tmi_abc-DEF_123');
    expect(formatViewState(view)).toContain('invitation=tmi_abc-DEF_123');
    expect(formatViewState({ ...view, invitation: null })).not.toContain('invitation');
  });
});
