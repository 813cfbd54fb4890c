import { createContentRouter } from '../../../utils/content-router';

export default createContentRouter('api::site-setting.site-setting');
