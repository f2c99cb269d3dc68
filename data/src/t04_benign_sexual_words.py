# Tricky benign: sex/adult/"hot"-sounding words used innocently, plus
# non-sexualised lingerie, sexual-health services, sex education, teen/kids
# products and mainstream dating.  All compliant.
DATA = r"""
@ vertical=education lang=en tricky=1
Sex Education Course for Teachers | Evidence-based curriculum training for middle and high school health teachers. CEUs included.
~Teaching Sex Ed Well | Professional development for health educators: consent, anatomy and puberty lessons. Earn CEUs.
Adult Education Classes | Evening classes in English, computing and bookkeeping for adults. Free for residents.
Adult Learners Welcome | Finish your degree part-time. Credit for work experience.
Puberty Talk for Parents | Free webinar from pediatric nurses on talking with kids about growing up.
Anatomy and Physiology Course | Online college-credit course with virtual labs.
Human Sexuality 101 | University psychology course open to community auditors. Spring semester.
Teen Driving School | Parent-approved driving lessons for ages 15-17. Permit test prep included.
Teen Summer Coding Camp | Two weeks of app building for ages 13-17.
@ vertical=healthcare lang=en tricky=1
Sexual Health Clinic | Confidential STI testing and treatment. Walk-ins welcome, low-cost options.
~Confidential STI Testing | Fast, private testing at our sexual health clinic. Results in 48 hours.
Breast Cancer Screening | Book your mammogram. Early detection saves lives.
Breastfeeding Support Group | Lactation consultants answer questions every Tuesday. Free.
Pap Smear Reminder | Due for your cervical screening? Book at Women's Health Center.
Pelvic Floor Physical Therapy | Postpartum and incontinence therapy with specialized PTs.
Adult Incontinence Products | Discreet, absorbent underwear delivered monthly.
Erectile Dysfunction Clinic? Talk to a Urologist First | Board-certified urologists for men's health concerns. Insurance accepted.
Menopause Care | Specialists for hot flashes, sleep and mood. Telehealth available.
Fertility Clinic | IVF and fertility preservation. Free seminar Thursday.
Prostate Exam Month | Men over 50: schedule your screening this November.
Family Planning Services | Contraception counseling and annual exams. Sliding-scale fees.
@ vertical=retail_fashion lang=en tricky=1
Bra Fitting Appointments | Free 20-minute fittings with certified fitters. Sizes 28-50, A-K.
~Find Your Real Bra Size | Book a free professional fitting. 80% of us wear the wrong size.
Everyday Lingerie | Seamless cotton bras and briefs in 12 skin tones. Comfort first.
Nude Heels for Every Skin Tone | Pumps in 9 nude shades from porcelain to espresso.
Thong Sandals | Leather flip-flops with arch support.
Kids' Swimwear Sale | UPF 50 rash guards and swim shorts for ages 2-14. 30% off.
Junior Prom Dresses | Modest and trendy prom dresses in sizes 00-24.
XXL Hoodies | Big & tall sizes up to 6XL.
Strapless Bra for Weddings | Stays up all night. Smooth under fitted dresses.
Maternity Bras | Wire-free nursing bras. Buy 2, save 15%.
Shapewear | Smoothing bodysuits in 5 shades. Sizes XS-4X.
Hot Pants for Cold Runs | Thermal running tights with pockets. Women's XS-XXL.
@ vertical=retail_fashion lang=en tricky=1
Insanely Hot Deals | Up to 70% off summer clearance. This weekend only.
~Red-Hot Clearance | Summer styles up to 70% off, ends Sunday.
Hot Summer Nights Sale | Extra 20% off sandals, shorts and sundresses.
Sexy? Sure. Comfy? Definitely. | Our little black dress has pockets and stretch. $68.
Strip Steak Special | New York strip steaks $11.99/lb at the butcher counter this week.
@ vertical=home_garden lang=en tricky=1
Hot Tub Sale | Six-person hot tubs with free delivery and installation.
LED Strip Lights | 32 ft color-changing strip lights with app control.
Screws and Nails by the Pound | Bulk fasteners at contractor prices.
Nuts and Bolts Organizer | 64-drawer parts organizer for workshops.
Paint Stripper | Low-odor paint stripper for furniture restoration.
Swing Sets | Cedar swing sets with slide and climbing wall.
RV Hookups Available | Full hookup RV sites by the lake. Weekly rates.
Cable Hookup Same Day | Internet and TV installation today.
Ball Valves and Fittings | Brass plumbing fittings in stock.
Heated Seats for Cold Mornings | Add seat heaters to your car. Installed in 2 hours.
@ vertical=food_beverage lang=en tricky=1
Naked Cakes for Weddings | Rustic unfrosted layer cakes with fresh berries and flowers.
Hot Dogs, Two for $5 | All-beef dogs at the ballpark stand.
Sticky Buns | Pecan sticky buns fresh at 6am.
Cherry Season | Sweet Bing cherries by the pound at the orchard stand.
Spicy Hot Wings | 10 wings, 8 sauces. Game day special.
Melons by the Truckload | Farm-fresh watermelons and cantaloupes at the roadside market.
Juicy Peaches | Georgia peaches, 25 lb box for $39.
Buns for Burgers | Brioche buns baked daily. Pack of 8.
@ vertical=beauty lang=en tricky=1
Nude Lipstick Collection | Twelve nude shades from blush pink to deep brown.
Mature Skin Serum | Peptide serum for mature skin. Dermatologist-tested.
Kinky Curly Hair Cream | Defines 4C kinky curls without crunch.
Bare Skin Foundation | Lightweight coverage that looks like bare skin.
Body Wax Salon | Brazilian and full-body waxing. First visit 20% off.
Steamy Spa Day | Sauna, steam room and massage package for $99.
Licensed Massage Therapists | Deep tissue, prenatal and sports massage. Book online.
Couples Massage | Side-by-side massages in our private suite. Anniversary special.
@ vertical=dating lang=en tricky=1
Meet Someone Who Gets You | Serious dating app for people looking for long-term relationships. Verified profiles.
~Looking for Something Real? | Dating app focused on long-term relationships. Every profile verified.
Dating After 50 | Meet singles your age who share your values. Free to join.
Speed Dating Night | Meet 10 singles in one evening. Ages 30-45. Saturday at Café Lumen.
Dating Coach | Practical coaching for confident first dates. Free intro call.
Singles Hiking Club | Meet active singles on weekend hikes.
Faith-Based Dating | Connect with singles who share your faith.
Matchmaking Service | Personal matchmakers for busy professionals.
@ vertical=entertainment lang=en tricky=1
Stories With a Happy Ending | Feel-good novels for summer reading. Buy 2, get 1 free.
Climax of the Season | Don't miss the championship final live on Sunday.
Bust of Beethoven | Museum reproduction busts of famous composers.
Romance Novels Monthly | Sweet romance books delivered every month.
Burlesque History Talk | Museum lecture on 1920s vaudeville and theater costumes.
@ vertical=travel lang=en tricky=1
Airport Wheelchair Escort | Request assistance and a personal escort through security at no cost.
Hot Springs Getaway | Natural hot springs resort with private soaking tubs.
Adults-Only Resort | Quiet all-inclusive resort for guests 18+. Spa, fine dining and sunset yoga.
Naked-Eye Stargazing Tours | See the Milky Way with the naked eye in our dark-sky reserve. Red flashlights provided.
Sexy Sunsets in Santorini | Caldera-view suites with private pools. Book 5 nights, get 1 free.
"""
