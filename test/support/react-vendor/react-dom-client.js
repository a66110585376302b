import ReactDOMClient from 'react-dom/client';
export default ReactDOMClient;
