// Validates every document of a multi-document YAML file against the Kubernetes API schema, as
// the kubernetes-models classes (generated from the Kubernetes OpenAPI document) know it.
// Usage: node validate.mjs FILE   Prints "ok Kind/name" or "invalid Kind/name: errors" per
// document; exits 1 when any document is invalid or of an unknown kind, 2 on bad usage or YAML.
//
// What kubernetes-models 5.1.0 checks (validate() runs ajv-compiled JSON schemas generated from
// the OpenAPI document, nested types included), as tried on a rendered Deployment:
//   - required fields, as the OpenAPI document lists them: a missing spec.selector, pod
//     containers or container name is rejected. The document does NOT require a container's
//     image (other tools may fill it in), so a missing image passes;
//   - types: replicas: "three" is rejected ("must be integer"), as are "yes" for a boolean,
//     a number for a string (image: 5) and a string for an object (selector: "app=web");
//   - formats: int32 ranges (a port of 99999999999), quantities (cpu: "lots"), base64 in
//     Secret data;
//   - enums the document declares, e.g. Ingress pathType and imagePullPolicy.
// What it does NOT check:
//   - unknown fields: the schemas have no additionalProperties: false, so a misspelt field
//     (replica:, matchLabelz:) passes; KubernetesSchema, the fabric8 check of the Java unit
//     tests, catches those;
//   - null in an optional field: replicas: null and a pod template's spec: null pass (a
//     required field that is null, selector: null or a container's name: null, is rejected);
//   - what only the API server checks: name and label syntax, the selector matching the
//     template's labels, fields the schema types only as string.
// The class is chosen here by apiVersion and kind, so an unknown pair is reported by this script.

import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Pod } from "kubernetes-models/v1/Pod";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";

const KINDS = new Map(
  [Namespace, ConfigMap, Secret, Service, Pod, Deployment, Ingress, PodDisruptionBudget, HorizontalPodAutoscaler]
    .map((model) => [`${model.apiVersion}/${model.kind}`, model]),
);

function problems(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) {
    return "not an object";
  }
  const model = KINDS.get(`${object.apiVersion}/${object.kind}`);
  if (!model) {
    return `unknown kind ${object.apiVersion}/${object.kind}`;
  }
  try {
    new model(object).validate();
    return null;
  } catch (e) {
    return e.message;
  }
}

if (process.argv.length !== 3) {
  console.error("usage: node validate.mjs FILE");
  process.exit(2);
}
const documents = parseAllDocuments(readFileSync(process.argv[2], "utf8"));
if (!Array.isArray(documents) || documents.length === 0) {
  console.error(`${process.argv[2]}: no YAML documents`);
  process.exit(2);
}
let invalid = 0;
for (const document of documents) {
  if (document.errors.length > 0) {
    console.error(`${process.argv[2]}: ${document.errors.map((e) => e.message).join("; ")}`);
    process.exit(2);
  }
  const object = document.toJS();
  if (object === null) {
    continue; // an empty document, as after a trailing "---"
  }
  const name = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  const problem = problems(object);
  if (problem) {
    invalid++;
    console.log(`invalid ${name}: ${problem}`);
  } else {
    console.log(`ok ${name}`);
  }
}
process.exit(invalid > 0 ? 1 : 0);
