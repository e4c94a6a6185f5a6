import { section } from '../section';

export default section({}, {});
