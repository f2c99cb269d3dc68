# Violations / regulated: prescription drugs, online pharmacies, Rx weight loss
# (regulated.pharma), with health-claim and sexual co-labels.
DATA = r"""
@ vertical=pharma lang=en
Viagra Without a Prescription | Generic sildenafil shipped overnight in discreet packaging. No doctor needed. | rx
~No-Rx Sildenafil | Skip the doctor. Generic blue pills delivered discreetly overnight. | rx
Online Pharmacy: 80% Off Brand Meds | Canadian pharmacy prices on over 2,000 prescription drugs. | rx
Ozempic for Weight Loss | Semaglutide injections delivered monthly. Lose the weight for good. | rx, hc
~Weight-Loss Injections at Home | GLP-1 shots shipped to your door. Melt 20 lbs in a month. | rx, hc
Buy Xanax Online | Fast shipping, no prescription required. | rx
Tramadol Overnight | Pain relief shipped fast, no script needed. Low prices. | rx
Antibiotics Without a Doctor | Amoxicillin and azithromycin shipped in 24 hours. | rx
Cialis 20mg, 90 Pills $49 | Last all weekend. Order now, no prescription. | rx, sug
Get Your Adderall Prescription in 10 Minutes | Telehealth ADHD meds, no waiting lists. | rx
Hair Loss Pills | Prescription finasteride delivered monthly after a quick online visit. | rx
Birth Control Delivered | Get prescribed online and receive your pill pack every month. | rx
Acne Prescription Online | Dermatologist-prescribed tretinoin shipped to your door. | rx
Transfer Your Prescription, Get $10 | Move your prescriptions to Greenway Pharmacy and get a gift card. | rx
Generic Meds, Mail Order | 90-day supplies of blood pressure and cholesterol meds from $5. | rx
ED Meds Online | Licensed doctors, prescriptions in minutes, pills delivered discreetly. | rx
Steroids for Sale | Test, tren and deca cycles. Pharma grade, worldwide shipping. | rx, drg
Semaglutide Compounded, $199/Month | Same active ingredient, fraction of the price. No insurance needed. | rx
Phentermine Diet Pills | Appetite suppressant pills, no prescription, results in days. | rx, hc
Oxycodone Available | Pharma-grade painkillers. Message for menu. | rx, drg
Opioids Shipped Discreetly | Hydrocodone and oxycodone, no doctor visit, no questions. | rx, drg
Valium for Sleep | Sleep tonight with Valium delivered tomorrow. No prescription. | rx
Weight Loss Shot Clinic | Tirzepatide and semaglutide programs. Book a consult today. | rx
Prescription Sleep Aids Online | Zolpidem shipped fast, prescribed in a 2-minute questionnaire. | rx
Insulin Cheaper Abroad | Buy insulin from our overseas pharmacy at 70% off. | rx
Botox Parties | Host a Botox party at home with our injectors. Groups of 5 get 20% off. | rx
Mexican Pharmacy Online | Prescription drugs at Mexican prices, shipped to the US. | rx
Ivermectin Kills Viruses | Stock up before they ban it. Human-grade, no prescription. | rx, hc
Anxiety Meds Same Day | Get prescribed benzos after a 5-minute chat. | rx
Men's Health: Stronger, Longer | Prescription ED treatment from $2 a dose. Be ready when it counts. | rx, sug
Modafinil, Smart Drug | Focus for 12 hours straight. Overseas pharmacy, no script. | rx
Accutane Without Blood Tests | Clear skin fast. Isotretinoin shipped, skip the paperwork. | rx
HGH Injections | Anti-aging growth hormone therapy. Look 20 years younger. | rx, hc
Ketamine Therapy at Home | Prescription ketamine lozenges for depression, delivered. | rx
Pain Pills Wholesale | Bulk pricing on tramadol and codeine. | rx, drg
Rx Price Checker | Compare prescription prices at 60,000 pharmacies and save with our coupons. | rx
Migraine Prescription Treatment | Ask your doctor if Zolvara is right for you. Side effects may include nausea. | rx
Erectile Dysfunction Pills, Discreet | Blue pills from India, 100 tabs $39. | rx
Sildenafil Gummies | Tasty ED gummies, prescribed online in minutes. | rx
Prescription Weight Loss Without the Wait | Get GLP-1 meds in 48 hours, no insurance, no in-person visit. | rx
Generic Viagra 100mg | Lowest price guaranteed. Fast delivery. | rx
Antidepressants Online | Start SSRIs after a short online quiz. Delivered monthly. | rx
Stop Smoking Pills | Prescription varenicline delivered after a quick telehealth visit. | rx
Allergy Shots at Home | Prescription immunotherapy drops shipped monthly. | rx
Stock Up on Tamiflu | Prescription antivirals shipped before flu season. No doctor needed. | rx
"""
