import ReactDOM from 'react-dom';
export default ReactDOM;
