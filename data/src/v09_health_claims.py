# deception.health_claims (miracle cures, rapid weight loss, anti-aging
# miracles), often with clickbait.
DATA = r"""
@ vertical=supplements lang=en
Lose 30 lbs in 30 Days | No diet, no exercise. Just one capsule before bed. | hc
~Drop 30 Pounds This Month | One capsule at night, no diet or gym. Results guaranteed. | hc
Reverse Diabetes Naturally | This ancient herb normalizes blood sugar in 2 weeks. Throw away your meds. | hc
~Beat Diabetes Without Insulin | Ancient herbal blend restores blood sugar in 14 days. | hc
Doctors Hate This One Trick | Melt belly fat overnight with this kitchen spice. | hc, cb
~The Weird Kitchen Trick Doctors Don't Want You to Know | Burns belly fat while you sleep. | hc, cb
Cure Arthritis in 7 Days | Our turmeric formula ends joint pain forever. | hc
Look 20 Years Younger | Anti-aging cream erases wrinkles overnight. Dermatologists stunned. | hc, cb
Detox Tea Flushes Toxins | Lose 10 lbs of toxins and bloat in 3 days. | hc
Keto Pills Melt Fat | Shark Tank's biggest deal: keto pills that burn fat without dieting. | hc, cb
Immune Booster Stops Every Virus | Our supplement makes you immune to colds and flu. | hc
Grow Back Hair in 2 Weeks | Bald spots gone with our natural serum. 100% success rate. | hc
Memory Pill Used by Geniuses | Boost your IQ by 40 points with this nootropic. | hc
Cancer Hates This Fruit | Eat this fruit daily and cancer cells die. Big Pharma is hiding it. | hc, cb
Fix Your Eyesight Without Glasses | Restore 20/20 vision with these eye drops. | hc
Blood Pressure Normal in 3 Days | Doctors are amazed by this one natural trick. | hc, cb
Alkaline Water Cures Disease | Our ionized water reverses cancer, diabetes and arthritis. | hc
Fat Burner, Lose 5 Lbs a Week | Clinical strength thermogenic, no exercise needed. | hc
Testosterone Booster | Triple your testosterone naturally in 7 days. Build muscle fast. | hc
Colloidal Silver | Natural antibiotic that kills 650 diseases. | hc
Tinnitus Gone Forever | Ringing stops in 48 hours with this 10-second ritual. | hc
Anti-Aging Pill | Reverses cellular aging. Live to 120. | hc
Belly Fat Patch | Stick it on, watch the fat disappear. No workout required. | hc
Gut Cleanse | Parasite cleanse that removes 20 lbs of waste from your colon. | hc
Collagen Erases Cellulite | Cellulite disappears in 10 days or your money back. | hc
Sugar Blocker Gummies | Eat all the carbs you want and never gain weight. | hc
Sleep Supplement Cures Insomnia | Permanently cure insomnia in one night. | hc
Crystal Healing Bracelet | Heals anxiety, depression and chronic pain. | hc
Baldness Cure Found | Scientists shocked: hair regrows in 14 days. | hc, cb
Neuropathy Reversed | Nerve pain disappears with this foot soak. | hc
Autism Reversal Protocol | Our supplement protocol heals autism in children. | hc
Vaccine Detox Kit | Remove vaccine toxins from your body naturally. | hc
Weight Loss Coffee | Lose 1 pound a day just by switching your coffee. | hc
Miracle Mineral Solution | Cures malaria, autism and HIV. Order the drops today. | hc
Heart Disease Reversed | This juice cleans your arteries in 14 days. | hc
Height Increase Pills | Grow 3 inches taller even after 25. | hc
Apple Cider Gummies Melt Fat | Celebrities drop 4 dress sizes with these gummies. | hc, cb
Teeth Whitening Cures Gum Disease | Whiter teeth and no more gum disease in 3 days. | hc
Bye Bye Glasses Forever | Eye exercises restore perfect vision in a month. | hc
Anxiety Gone in 60 Seconds | This breathing device cures anxiety for life. | hc
Kidney Stones Dissolved Overnight | Drink this herbal tonic and pass stones painlessly. | hc
Lyme Disease Cured Naturally | Our tincture eliminates Lyme in 30 days. | hc
Foot Pads Pull Out Toxins | Wake up to black pads full of toxins. Feel brand new. | hc
Mega Dose Vitamin C Cures Colds | Never get sick again with our 10,000mg tablets. | hc
Eczema Cream Cures Forever | One jar, no more flare-ups, guaranteed. | hc
Arthritis Copper Insoles | Stop joint pain the moment you step in. | hc
Thyroid Fix | Heal hypothyroidism without medication. | hc
Lose Weight While You Sleep | Sleep slimming tea burns fat overnight. | hc
Stem Cell Cream | Regrows skin cells and erases scars. | hc
Cholesterol Cleanse | Flush cholesterol out in 10 days, no statins. | hc
Menopause Miracle | One pill ends hot flashes, weight gain and mood swings. | hc
Eat Anything, Lose Weight | Breakthrough fat blocker lets you eat pizza daily and still drop 20 lbs. | hc
Smart Insoles Cure Back Pain | Magnetic insoles realign your spine overnight. | hc
"""
