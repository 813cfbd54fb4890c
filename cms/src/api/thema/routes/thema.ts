import { createContentRouter } from '../../../utils/content-router';

export default createContentRouter('api::thema.thema');
